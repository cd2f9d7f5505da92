// Nhật ký — the one way a state change is recorded: `audit(store, { … })`.
import { formatInstant } from '@dvcq/calendar';
import type { Principal } from '../http/handler';
import type { AuditEntry, AuditStore } from '../store/types';

/** Bản ghi cần ghi — what {@link audit} records. */
export interface AuditInput {
  /**
   * Người thực hiện — the principal (its `userId` and `name`; an API key without an
   * account is `unit:<unitId>`), or a string such as `system` or `anonymous`.
   */
  actor: Principal | string | undefined;
  /** Hành động — `<domain>.<verb>`: `account.create`, `session.login`, `report.submit`, `review.return`… */
  action: string;
  /** Đối tượng — `user:<id>`, `report:<id>`, `api-key:<id>`, `plan:<id>`… */
  target?: string;
  /** Địa chỉ IP — see `clientAddress`. */
  ip?: string | undefined;
  /** Thời điểm — default: now. */
  at?: Date | string;
  /** Chi tiết — small JSON; keys that look like secrets (password, token, secret) are replaced by "***". */
  details?: Record<string, unknown>;
}

/** Kích thước chi tiết tối đa — details longer than this (as JSON) are cut to a note. */
export const AUDIT_DETAILS_MAX_CHARS = 4000;

const _SECRET = /pass|secret|token|^key$|apikey|api_key/i;

function _redact(value: unknown, depth = 0): unknown {
  if (depth > 6) return '…';
  if (Array.isArray(value)) return value.slice(0, 100).map((v) => _redact(v, depth + 1));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = _SECRET.test(k) ? '***' : _redact(v, depth + 1);
    return out;
  }
  if (typeof value === 'string' && value.length > 1000) return `${value.slice(0, 1000)}…`;
  return value;
}

/**
 * Ghi nhật ký — appends one entry to the audit log: who did what to what, when and
 * from where. Every state change in the portal calls it (accounts, sessions, API
 * keys, reports, reviews, plans). Secret-looking keys in `details` are masked and
 * long details cut, so the log never holds a password and stays small.
 * @param store - anything with the store's `audit` part
 * @param input - actor, action, target, address, time, details
 * @returns the stored entry (with its sequence number)
 */
export async function audit(store: { readonly audit: AuditStore }, input: AuditInput): Promise<AuditEntry> {
  const a = input.actor;
  const actor = a === undefined ? 'anonymous' : typeof a === 'string' ? a : a.userId ?? `unit:${a.unitId}`;
  const actorName = a !== undefined && typeof a !== 'string' ? a.name : undefined;
  let details = (_redact(input.details ?? {}) as Record<string, unknown>) ?? {};
  if (JSON.stringify(details).length > AUDIT_DETAILS_MAX_CHARS) details = { truncated: true, keys: Object.keys(details).slice(0, 50) };
  const at = input.at === undefined ? formatInstant(new Date()) : typeof input.at === 'string' ? input.at : formatInstant(input.at);
  return store.audit.append({
    at,
    actor,
    ...(actorName !== undefined ? { actorName: actorName.slice(0, 200) } : {}),
    action: input.action.slice(0, 100),
    ...(input.target !== undefined ? { target: input.target.slice(0, 200) } : {}),
    ...(input.ip !== undefined && input.ip !== '' ? { ip: input.ip.slice(0, 64) } : {}),
    details,
  });
}
