import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../run';

const repo = join(import.meta.dirname, '..', '..', '..', '..');
const twoLevel = join(repo, 'fixtures', 'plans', 'two-level-2026.plan.json');
const tmp = mkdtempSync(join(tmpdir(), 'dvcq-calendar-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
// The small two-level test plan with this test's own obligations: a quarterly day-of-month rule,
// a nine-month "N working days after the period" rule with a stated window, and a one-off report.
const rulesPlan = join(tmp, 'rules-2026.plan.json');
{
  const plan = JSON.parse(readFileSync(twoLevel, 'utf8'));
  const base = { owedBy: ['so-ban-nganh'], recipient: 'ubnd-tinh', via: 'so-noi-vu', copies: [], source: 'III.1' };
  // Appended: the plan's own two obligations stay (its sections refer to them).
  plan.obligations = [
    ...plan.obligations,
    {
      ...base,
      id: 'bc-quy',
      title: { vi: 'Báo cáo quý', en: 'Quarterly report' },
      period: 'quarterly',
      year: 2026,
      indexes: [1, 2, 3],
      deadline: { kind: 'day-of-month', day: 15, month: 'last-of-period', semantics: 'before', text: 'trước ngày 15 của tháng cuối quý' },
      dataWindow: { preset: 'nd09-quarterly' },
    },
    {
      ...base,
      id: 'bc-9-thang',
      title: { vi: 'Báo cáo 9 tháng', en: 'Nine-month report' },
      period: 'nine-month',
      year: 2026,
      deadline: { kind: 'after-period', days: 5, count: 'working', semantics: 'inclusive', text: 'chậm nhất 05 ngày làm việc sau khi kết thúc kỳ báo cáo' },
      dataWindow: { from: '2025-12-15', to: '2026-09-14' },
    },
    {
      ...base,
      id: 'bc-dot-xuat',
      title: { vi: 'Báo cáo đột xuất', en: 'One-off report' },
      period: 'one-off',
      year: 2026,
      deadline: { date: '2026-06-25', semantics: 'before', text: 'trước ngày 25/6/2026' },
    },
  ];
  writeFileSync(rulesPlan, JSON.stringify(plan));
}

async function dvcq(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd: tmp });
  return { code, out, err };
}

// A deployment's file announcing a made-up Tết 2027 (no 2027 notice is known today).
const file2027 = {
  format: 'dvcq-holidays/1',
  notices: {
    'tb-2027': {
      type: { vi: 'Thông báo', en: 'Notice' },
      number: '99/TB-THU',
      date: '2026-10-20',
      issuer: { vi: 'Cơ quan thử nghiệm', en: 'Test body' },
      url: 'https://example.invalid/99-tb-thu',
    },
  },
  schedules: [
    {
      year: 2027,
      occasion: 'tet',
      notice: 'tb-2027',
      days: ['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'].map((date) => ({ date, kind: 'holiday' })),
    },
  ],
};
const holidaysFile = join(tmp, 'lich-nghi-2027.json');
writeFileSync(holidaysFile, JSON.stringify(file2027));

describe('dvcq calendar', () => {
  it('keeps the wave-1 JSON keys first, with the literal "before" reading, and adds the instance keys', async () => {
    const r = await dvcq('calendar', '--at', '2021-05-19T23:59:59+07:00', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(['obligations']);
    expect(json.obligations[0]).toEqual({
      id: 'bc-6-thang-2021',
      title: expect.any(String),
      deadline: '2021-05-20T00:00:00+07:00',
      lastDay: '2021-05-19',
      semantics: 'before',
      status: 'open',
      workingDaysLeft: 1,
      key: 'bc-6-thang-2021@2021',
      label: '6 tháng năm 2021',
      period: 'semiannual',
      year: 2021,
      date: '2021-05-20',
      reading: 'Nộp trước 00:00 ngày 20/05/2021 (giờ Việt Nam, UTC+7); ngày cuối được nộp: 19/05/2021.',
      text: 'trước ngày 20/5/2021',
      window: { stated: false, message: 'Kế hoạch không quy định kỳ số liệu' },
      opensAt: '2021-01-01T00:00:00+07:00',
    });
    expect(Object.keys(json.obligations[0]).slice(0, 7)).toEqual(['id', 'title', 'deadline', 'lastDay', 'semantics', 'status', 'workingDaysLeft']);
    expect(json.obligations[1]).toMatchObject({ id: 'bc-nam-2021', deadline: '2021-11-05T00:00:00+07:00', lastDay: '2021-11-04', label: 'Năm 2021' });
  });

  it('a submission after the deadline is late: exit 1', async () => {
    const r = await dvcq('calendar', '--unit', 'so-noi-vu', '--at', '2021-06-01T00:00:00+07:00', '--submitted-at', '2021-05-20T08:00:00+07:00', '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).obligations[0].status).toBe('late');
  });

  it('text output shows the plan’s words, the reading, the window and the status', async () => {
    const r = await dvcq('calendar', '--plan', twoLevel, '--at', '2026-05-20T09:00:00+07:00', '--unit', 'so-noi-vu');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Kế hoạch ghi: “trước ngày 20/6/2026”');
    expect(r.out).toContain('Kỳ số liệu: 2025-12-15 – 2026-06-14');
    expect(r.out).toContain('Tình trạng: Đang trong hạn; còn 23 ngày làm việc');
  });

  it('a plan with rule deadlines: one row per quarter, the rule and window of each', async () => {
    const r = await dvcq('calendar', '--plan', rulesPlan, '--at', '2026-09-16T09:00:00+07:00', '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const rows = (JSON.parse(r.out).obligations as Array<Record<string, unknown>>).filter((o) => String(o.id).startsWith('bc-quy') || ['bc-9-thang', 'bc-dot-xuat'].includes(String(o.id)));
    expect(rows.map((o) => `${o.key} ${o.label} ${o.status}`)).toEqual([
      'bc-quy@2026-Q1 Quý I/2026 overdue',
      'bc-quy@2026-Q2 Quý II/2026 overdue',
      'bc-quy@2026-Q3 Quý III/2026 overdue',
      'bc-9-thang@2026 9 tháng năm 2026 open',
      'bc-dot-xuat@2026 Báo cáo đột xuất overdue',
    ]);
    expect(rows[2]).toMatchObject({
      index: 3,
      date: '2026-09-15',
      lastDay: '2026-09-14',
      rule: 'Ngày 15 của tháng cuối kỳ (tháng 9/2026) = 15/09/2026.',
      window: { stated: true, preset: 'nd09-quarterly', from: '2026-06-15', to: '2026-09-14' },
    });
    // "chậm nhất 05 ngày làm việc sau khi kết thúc kỳ": 5 working days after the window's last day (Mon 14/09).
    expect(rows[3]).toMatchObject({ date: '2026-09-21', semantics: 'inclusive', lastDay: '2026-09-21', workingDaysLeft: 4 });
    const text = await dvcq('calendar', '--plan', rulesPlan, '--at', '2026-09-16T09:00:00+07:00', '--lang', 'en');
    expect(text.out).toContain('Quarterly report — Q3 2026 (bc-quy@2026-Q3)');
    expect(text.out).toContain('How the date follows: 5 working day(s) after 2026-09-14 (last day of the data window) = 2026-09-21.');
    expect(text.out).toContain('Status: Overdue\n');
    const ics = await dvcq('calendar', '--plan', rulesPlan, '--ics', '--at', '2026-01-01');
    expect(ics.out.match(/BEGIN:VEVENT/g)).toHaveLength(2 + 5);
    expect(ics.out).toContain('/bc-quy/all/2026-Q2@dvcq-kit');
  });

  it('--ics prints an iCalendar with one event per instance', async () => {
    const r = await dvcq('calendar', '--ics', '--at', '2021-01-01T00:00:00+07:00');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^BEGIN:VCALENDAR/);
    expect(r.out.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  });

  it('usage errors exit 2', async () => {
    expect((await dvcq('calendar', '--unit', 'khong-co')).code).toBe(2);
    expect((await dvcq('calendar', 'workdays', '2021-02-30', '2021-03-01')).code).toBe(2);
    expect((await dvcq('calendar', 'holidays', '1999')).code).toBe(2);
    // Outside the years the working calendar covers: a usage error, not a crash.
    const old = await dvcq('calendar', '--at', '1999-01-01', '--lang', 'en');
    expect(old.code).toBe(2);
    expect(old.err).toBe('--at: year 1999 is outside 2008–2199, the years the working calendar covers.\n');
    expect((await dvcq('calendar', 'workdays', '2007-12-01', '2021-01-01')).code).toBe(2);
    const farPlan = join(tmp, 'far.plan.json');
    const far = JSON.parse(readFileSync(twoLevel, 'utf8'));
    far.year = 2200;
    far.obligations = far.obligations.map((o: { year: number }) => ({ ...o, year: 2200, deadline: { kind: 'after-period', days: 3, count: 'working', semantics: 'inclusive', text: 'x' } }));
    writeFileSync(farPlan, JSON.stringify(far));
    const r = await dvcq('calendar', '--plan', farPlan, '--at', '2199-12-01', '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.err).toContain("Cannot compute this plan's calendar: calendar.year-out-of-range");
  });
});

describe('dvcq calendar holidays', () => {
  it('--json names the notice of every day off', async () => {
    const r = await dvcq('calendar', 'holidays', '2026', '--json');
    expect(r.code).toBe(0);
    const h = JSON.parse(r.out);
    expect(h.year).toBe(2026);
    for (const d of h.days) {
      expect(Object.keys(d)).toEqual(['date', 'name', 'kind', 'source', 'occasion', 'notice']);
      expect(d.notice.citation.length).toBeGreaterThan(10);
    }
    expect(h.days.find((d: { date: string }) => d.date === '2026-01-02')).toEqual({
      date: '2026-01-02',
      name: 'Nghỉ hoán đổi dịp Tết Dương lịch (làm bù ngày 10/01/2026)',
      kind: 'swapped-off',
      source: 'announced',
      occasion: 'new-year',
      notice: {
        citation: 'Công văn 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ về nghỉ Tết Dương lịch năm 2026',
        number: '12729/VPCP-KGVX',
        date: '2025-12-25',
        issuer: 'Văn phòng Chính phủ',
      },
    });
    expect(h.days.find((d: { date: string }) => d.date === '2026-04-27')).toMatchObject({
      kind: 'in-lieu',
      source: 'law',
      notice: { number: '45/2019/QH14', provision: 'Điều 111 khoản 3' },
    });
    expect(h.announcements.map((a: { notice: { number: string } }) => a.notice.number)).toEqual(['12729/VPCP-KGVX', '9441/TB-BNV', '9441/TB-BNV']);
  });

  it('text output lists the days and their sources; English on request', async () => {
    const vi = await dvcq('calendar', 'holidays', '2021');
    expect(vi.out).toContain('2021-02-15  nghỉ bù     Nghỉ bù Tết Nguyên đán (mùng 2 Tết rơi vào thứ Bảy)');
    expect(vi.out).toContain('  - Thông báo 4875/TB-LĐTBXH ngày 10/12/2020 của Bộ Lao động – Thương binh và Xã hội về nghỉ Tết Âm lịch và Quốc khánh năm 2021');
    expect(vi.out).toContain('  - Bộ luật Lao động 45/2019/QH14 ngày 20/11/2019 của Quốc hội, Điều 111 khoản 3');
    const en = await dvcq('calendar', 'holidays', '2027', '--lang', 'en');
    expect(en.out).toContain('(estimated)');
  });

  it('--holidays FILE adds a year’s announced schedule without a new version', async () => {
    const before = JSON.parse((await dvcq('calendar', 'holidays', '2027', '--json')).out);
    expect(before.days.filter((d: { source: string }) => d.source === 'announced')).toEqual([]);
    const r = await dvcq('calendar', 'holidays', '2027', '--json', '--holidays', 'lich-nghi-2027.json');
    expect(r.code).toBe(0);
    const tet = JSON.parse(r.out).days.filter((d: { occasion: string }) => d.occasion === 'tet');
    expect(tet.map((d: { date: string; source: string }) => `${d.date} ${d.source}`)).toEqual([
      '2027-02-04 announced', '2027-02-05 announced', '2027-02-08 announced', '2027-02-09 announced', '2027-02-10 announced',
    ]);
    expect(tet[0].notice).toEqual({
      citation: 'Thông báo 99/TB-THU ngày 20/10/2026 của Cơ quan thử nghiệm',
      number: '99/TB-THU',
      date: '2026-10-20',
      issuer: 'Cơ quan thử nghiệm',
      url: 'https://example.invalid/99-tb-thu',
    });
    // workdays and the listing take it too.
    const w = async (...extra: string[]) => JSON.parse((await dvcq('calendar', 'workdays', '2027-02-10', '2027-02-12', '--json', ...extra)).out).workingDays;
    expect(await w()).toBe(1); // estimated: 10–11/02 are days in lieu of the Tết weekend → 12/02 only
    expect(await w('--holidays', holidaysFile)).toBe(2); // announced: 10/02 off → 11, 12/02
    const cal = await dvcq('calendar', '--holidays', holidaysFile, '--at', '2021-05-01', '--json');
    expect(cal.code).toBe(0);
  });

  it('an invalid file stops with exit 2 and every problem with its JSON Pointer', async () => {
    const bad = join(tmp, 'sai.json');
    writeFileSync(bad, JSON.stringify({ ...file2027, schedules: [{ ...file2027.schedules[0], occasion: 'tet-2027', days: [{ date: '2027-02-06', kind: 'in-lieu' }] }] }));
    const r = await dvcq('calendar', 'holidays', '2027', '--holidays', bad, '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.err).toContain(`Holidays file ${bad} is invalid:`);
    expect(r.err).toContain('/schedules/0/occasion: [holidays.enum] The occasion must be one of: new-year, tet, hung-kings, reunification-labour, national-day.');
    expect(r.err).toContain('/schedules/0/days/0/kind: [holidays.kind-weekday]');
    const missing = await dvcq('calendar', 'workdays', '2027-01-01', '2027-01-31', '--holidays', 'khong-co.json');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('Không đọc được tệp lịch nghỉ "khong-co.json" (ENOENT).');
    writeFileSync(bad, '{ "format": ');
    expect((await dvcq('calendar', '--holidays', bad)).err).toContain('[holidays.json-syntax]');
  });
});
