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
    // The coordinator staff's demo account acts for the plan's coordinator.
    expect(file.accounts.find((a) => a.role === 'coordinator')!.unitId).toBe('so-noi-vu');
    expect(file.output()).toMatch(/tong-hop +\S+ +Cán bộ cơ quan tổng hợp/);
    const byId = await startPortal(tempDataDir('plan-id'), { DVCQ_PLAN: 'hoa-binh-2021' });
    running.push(byId);
    expect(byId.output()).toContain('Kế hoạch / plan: hoa-binh-2021');
  });

  it('DVCQ_HOLIDAYS adds announced holidays to the calendar every deadline is counted with', async () => {
    // A test schedule (not a real announcement): Monday 4/5/2026 off, swapped with Saturday 9/5.
    const file = join(tempDataDir('holidays'), 'holidays.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: 'dvcq-holidays/1',
        notices: { 'TEST-1': { type: { vi: 'Thông báo', en: 'Notice' }, number: 'TEST-1/TB', date: '2026-04-01', issuer: { vi: 'Cơ quan thử nghiệm', en: 'Test body' } } },
        schedules: [
          {
            year: 2026,
            occasion: 'reunification-labour',
            notice: 'TEST-1',
            days: [
              { date: '2026-04-30', kind: 'holiday' },
              { date: '2026-05-01', kind: 'holiday' },
              { date: '2026-05-04', kind: 'swapped-off' },
              { date: '2026-05-09', kind: 'working-day' },
            ],
          },
        ],
      }),
    );
    const env = { DVCQ_PLAN: join(ROOT, 'fixtures/plans/two-level-2026.plan.json'), DVCQ_NOW: '2026-05-06T09:00:00+07:00' };
    const left = async (p: Portal) => {
      const cal = (await (await fetch(`${p.base}/api/calendar`)).json()) as { instances: Array<{ key: string; workingDaysLeft: number }> };
      return cal.instances.find((i) => i.key === 'bc-6-thang-2026@2026')!.workingDaysLeft;
    };
    const plain = await startPortal(tempDataDir('cal-plain'), env);
    running.push(plain);
    const withFile = await startPortal(tempDataDir('cal-file'), { ...env, DVCQ_HOLIDAYS: file });
    running.push(withFile);
    expect(withFile.output()).toMatch(/Lịch nghỉ đã công bố \/ announced holidays: .*holidays\.json — 1 dịp \/ occasions, năm \/ years 2026; văn bản \/ notices: TEST-1\/TB/);
    // Saturday 9/5 becomes a working day: one more working day before the 6-month deadline.
    expect((await left(withFile)) - (await left(plain))).toBe(1);
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
      [{ DVCQ_HOLIDAYS: join(ROOT, 'no-such-file.json') }, /DVCQ_HOLIDAYS: không đọc được tệp \/ cannot read the file/],
      [{ DVCQ_HOLIDAYS: join(ROOT, 'package.json') }, /^DVCQ_HOLIDAYS .*package\.json \/?.*: \[holidays\./m],
    ];
    for (const [env, message] of cases) {
      const r = startFails(env);
      expect([JSON.stringify(env), r.status]).toEqual([JSON.stringify(env), 2]);
      expect(r.stderr).toMatch(message);
    }
  });
});
