// The form state in Node (no DOM): what an official sees, as data.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { hoaBinh2021FormPlan as plan } from '@dvcq/plan-hoa-binh-2021';
import { formFields } from '../definition/value';
import type { DraftStorage } from './draft';
import { createFormState, type FormStateOptions } from './state';

const NOW = new Date('2021-05-15T09:00:00+07:00');
const mem = (): DraftStorage & { map: Map<string, string> } => {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
};
const make = (o: Partial<FormStateOptions> = {}) => createFormState({ plan, period: 'semiannual', unit: 'so-noi-vu', now: () => NOW, storage: mem(), ...o });
const RECEIVED = '/indicators/don-thu-tiep-nhan';
const IN_SCOPE = '/indicators/don-thu-thuoc-tham-quyen';
const RESOLVED = '/indicators/don-thu-da-giai-quyet';

describe('the error summary', () => {
  test('lists problems in the order of the form, whatever order the checks find them in', () => {
    const s = make();
    // Typed bottom-up: the closing part first, the document number last.
    s.input(RESOLVED, '12');
    s.input(IN_SCOPE, '8');
    s.input('/indicators/ty-le-hai-long', '120');
    s.input('/document/date', '31/02/2021');
    s.input('/document/number', '15/SNV');
    s.validate();
    const order = formFields(s.definition).map((f) => f.path);
    const paths = s.summary()!.errors.map((e) => e.fieldPath ?? '');
    const ranks = paths.map((p) => (p === '' ? -1 : order.indexOf(p.replace(/^(\/models\/\d+).*/, '/models'))));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(paths[0]).toBe('/document/number');
    expect(paths.indexOf('/document/date')).toBe(1);
  });

  test('stays current: a fix removes its line and lowers the count at once, other lines keep their keys', () => {
    const s = make();
    s.input(IN_SCOPE, '8');
    s.input(RESOLVED, '12');
    s.input('/document/number', '15/SNV');
    s.validate();
    const before = s.summary()!.errors;
    const cross = before.find((e) => e.fieldPath === RESOLVED)!;
    expect(cross.text).toContain('Số đơn thuộc thẩm quyền giải quyết'); // names both fields
    s.input(RESOLVED, '7');
    const after = s.summary()!.errors;
    expect(after.length).toBe(before.length - 1);
    expect(after.find((e) => e.fieldPath === RESOLVED)).toBeUndefined();
    expect(after.map((e) => e.key)).toEqual(before.filter((e) => e !== cross).map((e) => e.key));
  });

  test('every line and every field message names its field (task fields with their task)', () => {
    const s = make();
    s.input('/tasks/II.1.1/status', 'done');
    s.input('/tasks/II.1.2/status', 'not-started');
    s.input(RESOLVED, 'mười hai');
    s.validate();
    const fields = new Map(formFields(s.definition).map((f) => [f.path, f.label.vi.toLowerCase()]));
    const { errors, warnings } = s.summary()!;
    expect(errors.length).toBeGreaterThan(30);
    for (const e of [...errors, ...warnings]) {
      if (e.fieldPath === undefined) {
        expect(e.text.startsWith('Toàn bộ báo cáo: ')).toBe(true);
        continue;
      }
      const label = fields.get(e.fieldPath) ?? fields.get(e.fieldPath.replace(/\/\d+\//, '/')) ?? '';
      expect(e.text.toLowerCase(), e.text).toContain(label);
      const task = /^\/tasks\/([^/]+)\//.exec(e.fieldPath)?.[1];
      if (task) expect(e.text, e.text).toContain(`Nhiệm vụ ${task}`);
    }
    for (const [pointer, list] of s.messages()) for (const m of list) expect(m.text.toLowerCase(), pointer).toContain(fields.get(pointer));
    // A count typed as words: the form says it is a count, not "wrong data type".
    const resolved = s.messages().get(RESOLVED)!;
    expect(resolved.map((m) => m.code)).toEqual(['forms.count-invalid']);
    expect(resolved[0]!.text).toContain('là số đếm');
  });
});

describe('numbers and dates as officials type them', () => {
  test('"1.250" and "1 250" are 1250 and show as 1.250; "85,5" is 85,5 %', () => {
    const s = make();
    s.input(RECEIVED, '1 250');
    s.leave(RECEIVED);
    expect(s.submission().indicators).toEqual({ 'don-thu-tiep-nhan': 1250 });
    expect(s.display(RECEIVED)).toBe('1.250');
    s.input('/indicators/ty-le-hai-long', '85,5');
    s.leave('/indicators/ty-le-hai-long');
    expect(s.display('/indicators/ty-le-hai-long')).toBe('85,5');
    expect(s.messages().get(RECEIVED)).toBeUndefined();
  });

  test('"1,250" for a count is a clear message once the field is left, never 1250; the answer is not sent', () => {
    const s = make();
    s.input(RECEIVED, '1,250');
    // While typing, the reading problem waits.
    expect(s.messages().get(RECEIVED)).toBeUndefined();
    s.leave(RECEIVED);
    const [m] = s.messages().get(RECEIVED)!;
    expect(m!.code).toBe('forms.count-not-whole');
    expect(m!.text).toBe('“Số đơn khiếu nại, tố cáo, kiến nghị đã tiếp nhận” là số đếm nên phải là số nguyên: “1,250” đọc là 1,25 (dấu phẩy là dấu thập phân). Nếu là số nghìn, viết 1.250 hoặc 1250.');
    expect(s.display(RECEIVED)).toBe('1,250'); // kept as typed
    expect(s.submission().indicators).toBeUndefined();
    const r = s.validate();
    expect(r.ok).toBe(false);
    expect(r.issues.filter((i) => i.path === RECEIVED).map((i) => i.code)).toEqual(['forms.count-not-whole']);
  });

  test('dates read and show day/month/year', () => {
    const s = make();
    s.input('/document/date', '5/10/2021');
    s.leave('/document/date');
    expect(s.submission().document).toEqual({ date: '2021-10-05' });
    expect(s.display('/document/date')).toBe('05/10/2021');
    s.input('/document/date', '10/13/2021');
    s.leave('/document/date');
    expect(s.messages().get('/document/date')![0]!.text).toBe('“Ngày ban hành”: nhập ngày theo dạng ngày/tháng/năm, năm đủ 4 chữ số, ví dụ 05/10/2021.');
  });
});

describe('drafts', () => {
  test('erasing keeps what was erased until undone; undo brings answers and the saved draft back', () => {
    const storage = mem();
    const s = make({ storage });
    s.input('/document/number', '15/BC-SNV');
    s.input(RECEIVED, '1,5');
    expect(s.draft()).toEqual({ saved: true, canUndo: false });
    s.discard();
    expect(s.submission().document).toBeUndefined();
    expect(storage.map.size).toBe(0);
    expect(s.draft()).toEqual({ saved: false, canUndo: true });
    expect(s.undoDiscard()).toBe(true);
    expect(s.submission().document).toEqual({ number: '15/BC-SNV' });
    expect(s.display(RECEIVED)).toBe('1,5');
    expect(storage.map.size).toBe(1);
    expect(s.undoDiscard()).toBe(false);
    // A change after erasing ends the offer to undo.
    s.discard();
    s.input('/document/place', 'X');
    expect(s.draft().canUndo).toBe(false);
  });

  test('a reload restores the answers and the text the form could not read', () => {
    const storage = mem();
    const a = make({ storage });
    a.input(RECEIVED, '1,250');
    a.input('/document/number', '07/BC-SNV');
    const b = make({ storage });
    expect(b.draft()).toEqual({ saved: true, restoredAt: NOW.toISOString(), canUndo: false });
    expect(b.display(RECEIVED)).toBe('1,250');
    expect(b.validate('draft').issues.map((i) => i.code)).toContain('forms.count-not-whole');
  });
});

test('English loads on demand: the form’s words, the plan texts and validateReport’s messages', async () => {
  const s = make({ storageKey: false });
  expect(s.ui.submit).toEqual({ vi: 'Gửi báo cáo', en: '' });
  let notified = 0;
  s.subscribe(() => notified++);
  const structure = s.structure;
  s.setLang('en');
  await expect.poll(() => s.ui.submit.en).toBe('Submit report');
  expect(s.structure).toBeGreaterThan(structure);
  expect(notified).toBeGreaterThan(0);
  expect(s.text(s.definition.title)).toBe('Report on government mass-mobilization work: Six months of 2021');
  s.input(RECEIVED, 'ten');
  s.leave(RECEIVED);
  expect(s.messages().get(RECEIVED)![0]!.text).toContain('is a count');
});

describe('the legacy-encoding check, loaded on demand', () => {
  // "Hòa Bình" typed with a TCVN3 (ABC) font, pasted as Unicode.
  const TCVN3 = 'H\u00dfa B\u00d7nh';
  const PLACE = '/document/place';
  const codes = (s: ReturnType<typeof make>) => (s.messages().get(PLACE) ?? []).map((m) => m.code);

  test('once loaded (the form asks for it at once), a field typed in TCVN3 shows the Vietnamese message', async () => {
    const s = make({ storageKey: false });
    let notified = 0;
    s.subscribe(() => notified++);
    s.input(PLACE, TCVN3);
    s.leave(PLACE);
    // The default loader (a dynamic import of @dvcq/core/legacy) arrives; the shown messages are checked again.
    await expect.poll(() => codes(s)).toContain('text.legacy-encoding');
    expect(notified).toBeGreaterThan(1);
    expect(s.messages().get(PLACE)![0]!.text).toContain('có vẻ gõ bằng bảng mã cũ TCVN3, không phải Unicode');
  });

  test('until it has loaded the check does not run; a submission waits for it and is never sent unchecked', async () => {
    let arrive: ((d: (s: string) => string | null) => void) | undefined;
    const sent: unknown[] = [];
    const s = make({ storageKey: false, legacyEncoding: () => new Promise((r) => (arrive = r)), onSubmit: (v) => void sent.push(v) });
    s.input(PLACE, TCVN3);
    s.leave(PLACE);
    expect(codes(s)).not.toContain('text.legacy-encoding');
    const outcome = s.submit();
    await new Promise((r) => setTimeout(r, 20));
    expect(sent).toEqual([]);
    arrive!((text) => (text === TCVN3 ? 'tcvn3' : null));
    const o = await outcome;
    expect(o.status).toBe('invalid');
    expect(sent).toEqual([]);
    expect(o.status === 'invalid' && o.result.issues.some((i) => i.code === 'text.legacy-encoding' && i.path === PLACE)).toBe(true);
  });

  test('if it cannot load, a submission fails as offline (not sent) and the next one tries again', async () => {
    let calls = 0;
    const sent: unknown[] = [];
    const s = make({
      storageKey: false,
      legacyEncoding: () => (++calls < 2 ? Promise.reject(new Error('offline')) : Promise.resolve(() => null)),
      onSubmit: (v) => void sent.push(v),
    });
    const first = await s.submit();
    expect(first.status).toBe('failed');
    expect(s.status?.vi).toBeTruthy();
    expect(sent).toEqual([]);
    const second = await s.submit();
    expect(calls).toBe(2);
    expect(second.status).not.toBe('failed');
  });
});

test('whatever is typed into counts, percentages and dates, the form never sends text there and never throws', () => {
  const s = make({ storageKey: false });
  const targets = formFields(s.definition).filter((f) => f.widget === 'count' || f.widget === 'percent' || f.widget === 'date');
  fc.assert(
    fc.property(fc.constantFrom(...targets), fc.string({ maxLength: 20 }), (f, text) => {
      s.input(f.path, text);
      s.leave(f.path);
      const sent = s.submission();
      const v = f.path.split('/').slice(1).reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], sent);
      expect(v === undefined || (f.widget === 'date' ? /^\d{4}-\d{2}-\d{2}$/.test(v as string) : typeof v === 'number')).toBe(true);
    }),
    { numRuns: 300 },
  );
});
