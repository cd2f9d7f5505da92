// Which plan the portal serves (DVCQ_PLAN=FILE|ID, issue 10 §1) and how bad
// settings stop it: a bilingual message and exit code 2, before anything is served.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PORTAL_DIR, type Portal, ROOT, startPortal, tempDataDir } from './_portal';

const running: Portal[] = [];
afterEach(async () => {
  for (const p of running.splice(0)) await p.stop();
});

function startFails(env: Record<string, string>): { status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [join(PORTAL_DIR, 'server.mjs')], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', DVCQ_DATA_DIR: tempDataDir('bad'), ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, stderr: r.stderr };
}

describe('DVCQ_PLAN and settings', () => {
  it('serves a plan file, or a bundled plan by id; the coordinator comes from the plan', async () => {
    const file = await startPortal(tempDataDir('plan-file'), { DVCQ_PLAN: join(ROOT, 'fixtures/plans/two-level-2026.plan.json') });
    running.push(file);
    expect(file.output()).toContain('Kế hoạch / plan: test-two-level-2026');
    const cal = (await (await fetch(`${file.base}/api/calendar`)).json()) as { planId: string };
    expect(cal.planId).toBe('test-two-level-2026');
    expect(file.output()).toMatch(/so-noi-vu .*\/dashboard#token=.*\(tổng hợp \/ consolidates\)/);
    const byId = await startPortal(tempDataDir('plan-id'), { DVCQ_PLAN: 'hoa-binh-2021' });
    running.push(byId);
    expect(byId.output()).toContain('Kế hoạch / plan: hoa-binh-2021');
  });

  it('a plan naming no coordinator, a bad plan file, an unknown id or bad settings stop the start (exit 2)', () => {
    const plan = JSON.parse(readFileSync(join(ROOT, 'fixtures/plans/two-level-2026.plan.json'), 'utf8')) as {
      coordinator?: string;
      obligations: Array<{ coordinator?: string; via?: string }>;
    };
    delete plan.coordinator;
    for (const o of plan.obligations) {
      delete o.coordinator;
      delete o.via;
    }
    const noCoordinator = join(tempDataDir('nocoord'), 'plan.json');
    writeFileSync(noCoordinator, JSON.stringify(plan));
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{ DVCQ_PLAN: noCoordinator }, /không nêu cơ quan theo dõi, tổng hợp.*names no body that consolidates/],
      [{ DVCQ_PLAN: join(ROOT, 'package.json') }, /^DVCQ_PLAN: /],
      [{ DVCQ_PLAN: 'no-such-plan-id' }, /^DVCQ_PLAN: /],
      [{ DVCQ_NOW: 'yesterday' }, /DVCQ_NOW không hợp lệ.*invalid DVCQ_NOW/],
      [{ PORT: '99999' }, /PORT không hợp lệ.*invalid PORT/],
    ];
    for (const [env, message] of cases) {
      const r = startFails(env);
      expect([JSON.stringify(env), r.status]).toEqual([JSON.stringify(env), 2]);
      expect(r.stderr).toMatch(message);
    }
  });
});
