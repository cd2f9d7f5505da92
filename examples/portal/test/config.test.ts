import { describe, expect, it } from 'vitest';
import { readConfig } from '../src/config';

describe('readConfig', () => {
  it('takes "--" (as `pnpm start -- --smoke` passes it) as the end-of-options marker', () => {
    const c = readConfig({}, ['--', '--smoke'], '/tmp');
    expect('error' in c).toBe(false);
    if (!('error' in c)) expect(c.smoke).toBe(true);
  });

  it('refuses an unknown argument in Vietnamese and English', () => {
    const c = readConfig({}, ['--', '--smok'], '/tmp');
    expect(c).toEqual({ error: expect.stringMatching(/^Không hiểu tham số \/ unknown argument: --smok/) });
  });
});
