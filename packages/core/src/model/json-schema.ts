import { z } from 'zod';
import { PlanSchema } from './plan';

/**
 * Lược đồ JSON của tệp kế hoạch — the plan file format as JSON Schema 2020-12,
 * for plan authors' editors (`"$schema"` in a plan file) and non-JS tools.
 * Built from the same zod schema {@link loadPlan} uses, so they cannot drift.
 * @returns a fresh JSON Schema object
 */
export function planJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PlanSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://dvcq.dev/schema/plan.schema.json',
    title: 'DVCQ plan file / Tệp kế hoạch công tác dân vận chính quyền',
  };
}
