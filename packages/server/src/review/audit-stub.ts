// TEMPORARY (deleted when accounts' audit() lands on main): same signature, does nothing.
import type { Store } from '../store/types';

/** @internal Stand-in for accounts' `audit`. */
export async function audit(_store: Store, _entry: { actor: unknown; action: string; target: string; ip?: string | undefined; at: string; details?: Record<string, unknown> }): Promise<void> {}
