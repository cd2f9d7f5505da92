import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssues, fixHint } from './format';
import { validateReport } from './validate';
import { fieldLabel } from '../locales/labels';
import { ISSUE_CODES } from '../locales/codes';
import { vi } from '../locales/vi';
import { en } from '../locales/en';
import { buildVectors } from '../exports/vectors';
import { hoaBinhPlan } from '../_fixtures/plans';

const plan = hoaBinhPlan;
const valid = buildVectors(plan).find((v) => v.name === 'valid-final')!;

describe('formatIssues', () => {
  it('names the field by its Vietnamese label and says how to fix it; English on request', () => {
    const input = JSON.parse(JSON.stringify(valid.input));
    delete input.tasks['II.4.4'].results;
    input.indicators['ty-le-hai-long'] = 120;
    const r = validateReport(input, { plan, mode: 'final', now: valid.now });
    const viText = formatIssues(r.issues);
    expect(viText).toContain('Lỗi [task.results-required] /tasks/II.4.4/results: «Nhiệm vụ II.4.4 — Kết quả thực hiện» còn trống trong khi nhiệm vụ đã hoặc đang thực hiện: nêu kết quả đạt được, hoặc đổi tình trạng.');
    expect(formatIssues(r.issues, { hints: true })).toContain('Cách sửa: Nêu kết quả đã đạt được');
    const label = plan.indicators.find((i) => i.id === 'ty-le-hai-long')!.label;
    expect(viText).toContain(`Lỗi [indicator.percent-range] /indicators/ty-le-hai-long: «${label.vi}» là tỷ lệ phần trăm: nhập số từ 0 đến 100.`);
    const enText = formatIssues(validateReport(input, { plan, mode: 'final', now: valid.now, lang: 'en' }).issues, { lang: 'en', hints: true });
    expect(enText).toContain('Error [task.results-required] /tasks/II.4.4/results: "Task II.4.4 — Results" is empty while the task is done or in progress: describe what was achieved, or change the status. How to fix:');
    expect(enText).toContain(label.en);
  });
  it('language is per call: the same input gives vi then en then vi', () => {
    const bad = { ...(valid.input as object), year: '2021' };
    const a = validateReport(bad, { plan, now: valid.now }).issues[0]!.message;
    const b = validateReport(bad, { plan, now: valid.now, lang: 'en' }).issues[0]!.message;
    const c = validateReport(bad, { plan, now: valid.now }).issues[0]!.message;
    expect(a).toBe('«Năm báo cáo» phải là năm viết bằng chữ số: nhập năm, ví dụ 2021.');
    expect(b).toBe('"Reporting year" must be a year in digits: enter the year, e.g. 2021.');
    expect(c).toBe(a);
  });
  it('labels fixed fields, recipients and models; unknown paths come back as the pointer', () => {
    expect(fieldLabel('/document/signer/authority', 'vi')).toBe('Thẩm quyền ký');
    expect(fieldLabel('/document/recipients/2', 'vi')).toBe('Nơi nhận, dòng 3');
    expect(fieldLabel('/models/0/stage', 'en')).toBe('"Dân vận khéo" model 1 — Stage (registered or recognized)');
    expect(fieldLabel('/__proto__/constructor', 'vi')).toBe('/__proto__/constructor');
    expect(fieldLabel('/tasks/__proto__', 'vi')).toBe('Nhiệm vụ __proto__');
  });
  it('every message of every vector names its field and says what to do (vi and en)', () => {
    const plain = new Set(['input.json-syntax', 'input.too-large', 'input.too-many-values', 'report.late']);
    for (const v of buildVectors(plan))
      for (const lang of ['vi', 'en'] as const)
        for (const i of validateReport(v.inputText ?? v.input, { plan, mode: v.mode, now: v.now, lang }).issues) {
          if (!plain.has(i.code)) expect(i.message, `${v.name} ${i.code}`).toMatch(lang === 'vi' ? /«[^»]+»/ : /"[^"]+"/);
          // the problem, then after a colon what to do
          expect(i.message, `${v.name} ${i.code}`).toMatch(/: \S.*\.$/s);
          expect(i.message).not.toMatch(/Giá trị quá nhỏ|Sai kiểu dữ liệu|Too small or too short|Wrong type: expected/);
        }
  });
  it('every code has a message and a hint in both languages, all NFC', () => {
    for (const code of ISSUE_CODES) {
      for (const loc of [vi, en]) {
        const m = loc.messages[code]({});
        expect(m.length).toBeGreaterThan(5);
        expect(m).toBe(m.normalize('NFC'));
        expect(loc.hints[code].length).toBeGreaterThan(5);
      }
      expect(fixHint(code, { lang: 'vi' })).toBe(vi.hints[code]);
    }
    expect(fixHint('__proto__')).toBeUndefined();
  });
});

describe('main entry stays browser-safe', () => {
  it('imports no Node built-in, Ajv or json-schema-to-typescript (static import graph)', () => {
    const seen = new Set<string>();
    const bad: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)) {
        const spec = m[1]!;
        if (spec.startsWith('.')) visit(join(dirname(file), spec) + '.ts');
        else if (spec.startsWith('node:') || spec === 'ajv' || spec.startsWith('ajv/') || spec === 'json-schema-to-typescript' || spec === 'json-logic-js') bad.push(`${file}: ${spec}`);
      }
    };
    visit(fileURLToPath(new URL('../index.ts', import.meta.url)));
    expect(seen.size).toBeGreaterThan(10);
    expect(bad).toEqual([]);
  });
});
