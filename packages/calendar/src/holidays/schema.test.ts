import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_HOLIDAYS } from '../workdays/workdays';
import { validateHolidays } from './file';
import { holidaysJsonSchema } from './schema';

// Published as `@dvcq/calendar/holidays.schema.json` for editor help; it must equal what the
// code generates: regenerate with DVCQ_UPDATE=1.
const file = join(import.meta.dirname, '..', '..', 'holidays.schema.json');

describe('holidays.schema.json', () => {
  it('is in sync with holidaysJsonSchema()', () => {
    const generated = JSON.stringify(holidaysJsonSchema(), null, 2) + '\n';
    if (process.env.DVCQ_UPDATE) writeFileSync(file, generated);
    expect(readFileSync(file, 'utf8')).toBe(generated);
  });

  it('accepts the built-in table and agrees with validateHolidays on structural mistakes (Ajv, 2020-12)', () => {
    const validate = new Ajv2020({ allErrors: true }).compile(holidaysJsonSchema());
    expect(validate(BUILT_IN_HOLIDAYS), JSON.stringify(validate.errors)).toBe(true);
    const broken = (change: (f: any) => void) => {
      const f = JSON.parse(JSON.stringify(BUILT_IN_HOLIDAYS));
      change(f);
      return f;
    };
    for (const f of [
      broken((f) => (f.format = 'dvcq-holidays/2')),
      broken((f) => (f.schedules[0].occasion = 'christmas')),
      broken((f) => (f.schedules[0].days[0].kind = 'off')),
      broken((f) => delete f.notices['9441/TB-BNV'].issuer),
      broken((f) => (f.schedules[0].extra = 1)),
      broken((f) => (f.schedules[0].days = [])),
    ]) {
      expect(validate(f)).toBe(false);
      expect(validateHolidays(f).ok).toBe(false);
    }
  });
});
