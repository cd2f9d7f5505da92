import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020';
import { planJsonSchema } from './json-schema';

// The plan format is published as a file (`@dvcq/core/plan.schema.json`) so plan
// authors can point "$schema" at it for editor help. It must equal what the code
// generates: regenerate with DVCQ_UPDATE=1.
const file = join(import.meta.dirname, '..', '..', 'schema', 'plan.schema.json');

describe('plan.schema.json', () => {
  it('is in sync with PlanSchema', () => {
    const generated = JSON.stringify(planJsonSchema(), null, 2) + '\n';
    if (process.env.DVCQ_UPDATE) writeFileSync(file, generated);
    expect(readFileSync(file, 'utf8')).toBe(generated);
  });

  it('accepts the shipped plan files and rejects a broken one (Ajv, 2020-12)', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(planJsonSchema());
    const repo = join(import.meta.dirname, '..', '..', '..', '..');
    for (const f of ['packages/plan-hoa-binh-2021/plan.json', 'fixtures/plans/two-level-2026.plan.json']) {
      const plan = JSON.parse(readFileSync(join(repo, f), 'utf8'));
      expect(validate(plan), `${f}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    const broken = JSON.parse(readFileSync(join(repo, 'fixtures/plans/two-level-2026.plan.json'), 'utf8'));
    broken.obligations[0].deadline.semantics = 'sometime';
    expect(validate(broken)).toBe(false);
  });
});
