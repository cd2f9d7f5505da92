import { expect, test } from 'vitest';
import { hoaBinh2021Plan as plan } from '@dvcq/plan-hoa-binh-2021';
import { buildReportForm } from '../definition/build-report-form';
import { clearDraft, defaultDraftKey, loadDraft, saveDraft, type DraftStorage } from './draft';

const mem = (): DraftStorage & { map: Map<string, string> } => {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
};
const def = buildReportForm({ plan, period: 'semiannual', unit: 'so-noi-vu' });
const other = buildReportForm({ plan, period: 'annual', unit: 'so-noi-vu' });

test('a draft round-trips under a key per plan, unit, period and year', () => {
  const s = mem();
  const key = defaultDraftKey(def);
  expect(key).toBe('dvcq-forms:hoa-binh-2021:so-noi-vu:semiannual:2021');
  expect(saveDraft(s, key, def, { document: { number: '1/BC-SNV' } }, new Date('2021-05-01T02:00:00Z'))).toBe(true);
  expect(loadDraft(s, key, def)).toEqual({ v: 1, savedAt: '2021-05-01T02:00:00.000Z', form: def.fixed, value: { document: { number: '1/BC-SNV' } }, inputs: {} });
  // Text a count field could not read is kept as typed.
  saveDraft(s, key, def, {}, new Date('2021-05-01T02:00:00Z'), { '/indicators/tiep-cong-dan': '1,250' });
  expect(loadDraft(s, key, def)?.inputs).toEqual({ '/indicators/tiep-cong-dan': '1,250' });
  expect(loadDraft(s, key, other)).toBeUndefined(); // never restored into another report
  clearDraft(s, key);
  expect(loadDraft(s, key, def)).toBeUndefined();
});

test('broken, foreign or failing storage never throws', () => {
  const s = mem();
  s.map.set('k', '{not json');
  expect(loadDraft(s, 'k', def)).toBeUndefined();
  s.map.set('k', JSON.stringify({ v: 2, value: {} }));
  expect(loadDraft(s, 'k', def)).toBeUndefined();
  s.map.set('k', JSON.stringify({ v: 1, savedAt: 'x', form: def.fixed, value: [] }));
  expect(loadDraft(s, 'k', def)).toBeUndefined();
  const failing: DraftStorage = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('quota'); }, removeItem: () => { throw new Error('denied'); } };
  expect(saveDraft(failing, 'k', def, {}, new Date())).toBe(false);
  expect(loadDraft(failing, 'k', def)).toBeUndefined();
  expect(() => clearDraft(failing, 'k')).not.toThrow();
  expect(saveDraft(undefined, 'k', def, {}, new Date())).toBe(false);
});
