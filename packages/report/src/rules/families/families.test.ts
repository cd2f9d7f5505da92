// Rules of issue 9 §B3–B5 on the package's small plan, extended with the relations
// proposed for the plan model (indicatorSums, countsModels): the families read them
// when a plan has them.
import { describe, expect, it } from 'vitest';
import { validateReport, compileReport } from '../../validate/validate';
import { buildVectors } from '../../exports/vectors';
import { RULE_FAMILIES } from './index';
import { relationsPlan } from '../../_fixtures/plans';

const extended = relationsPlan;
const compiled = compileReport(extended);
const vectors = buildVectors(extended);
const valid = vectors.find((v) => v.name === 'valid-final')!;
const run = (change: (r: any) => void, mode: 'draft' | 'final' = 'final') => {
  const input = JSON.parse(JSON.stringify(valid.input));
  change(input);
  return validateReport(input, { plan: compiled, mode, now: valid.now }).issues.map((i) => `${i.severity} ${i.code} ${i.path}`);
};

describe('rule families', () => {
  it('are listed once each, with distinct ids', () => {
    expect(new Set(RULE_FAMILIES.map((f) => f.id)).size).toBe(RULE_FAMILIES.length);
    expect(RULE_FAMILIES.map((f) => f.id)).toEqual(['identity', 'lateness', 'document', 'recipients', 'signer', 'tasks', 'indicators', 'models']);
  });

  it('the valid report of the extended plan has figures that hold together', () => {
    expect(valid.expected).toEqual({ ok: true, codes: [], issues: [] });
    const ind = (valid.input as any).indicators;
    expect(ind['petitions-on-time'] + ind['petitions-late']).toBeLessThanOrEqual(ind['petitions-received']);
  });

  it('B5: parts of one whole are checked together (on time + late ≤ received)', () => {
    expect(run((r) => { r.indicators['petitions-received'] = 12; r.indicators['petitions-on-time'] = 8; r.indicators['petitions-late'] = 8; })).toContain('error indicator.parts-exceed-total /indicators/petitions-on-time');
    expect(run((r) => { r.indicators['petitions-received'] = 12; r.indicators['petitions-on-time'] = 8; r.indicators['petitions-late'] = 4; })).not.toContain('error indicator.parts-exceed-total /indicators/petitions-on-time');
    // a missing part: the sum is not checked (each part alone is within the whole)
    expect(run((r) => { delete r.indicators['petitions-late']; r.indicators['petitions-on-time'] = 12; })).toEqual([]);
    expect(vectors.map((v) => v.name)).toEqual(expect.arrayContaining(['indicator-parts-exceed-total', 'indicator-parts-equal-total-ok']));
  });

  it('B5: the list of "Dân vận khéo" models is compared with the count (a warning)', () => {
    const issues = run((r) => { r.models = [{ name: 'A', field: 'B', holder: 'collective', stage: 'recognized' }]; r.indicators['dvk-models-recognized'] = 3; });
    expect(issues).toEqual(['warning indicator.models-mismatch /indicators/dvk-models-recognized']);
    expect(run((r) => { r.models = [{ name: 'A', field: 'B', holder: 'collective', stage: 'recognized' }]; r.indicators['dvk-models-recognized'] = 1; })).toEqual([]);
    // no list: nothing to compare
    expect(run((r) => { delete r.models; r.indicators['dvk-models-recognized'] = 3; })).toEqual([]);
  });

  it('B3: an indicator of a task the unit reports not applicable is not required', () => {
    // satisfaction-rate is mandated by the plan and measures II.1.1, which the unit carries.
    expect(Object.keys((valid.input as any).tasks)).toContain('II.1.1');
    const missing = run((r) => { delete r.indicators['satisfaction-rate']; });
    expect(missing).toEqual(['error indicator.missing /indicators/satisfaction-rate']);
    const na = run((r) => { delete r.indicators['satisfaction-rate']; r.tasks['II.1.1'] = { status: 'not-applicable', reason: 'Không thuộc chức năng của đơn vị.' }; });
    expect(na).toEqual([]);
    // not started is still required (0 if nothing happened)
    const ns = run((r) => { delete r.indicators['satisfaction-rate']; r.tasks['II.1.1'] = { status: 'not-started', reason: 'Chưa có kinh phí.' }; });
    expect(ns).toEqual(['error indicator.missing /indicators/satisfaction-rate']);
  });

  it('B4: rules see NFC text (a deputy title typed in NFD)', () => {
    const nfd = run((r) => { r.document.signer = { authority: 'KT.', onBehalfOf: 'GIÁM ĐỐC', position: 'PHÓ GIÁM ĐỐC'.normalize('NFD'), name: 'Nguyễn Văn An' }; });
    expect(nfd).toEqual(['warning text.not-nfc /document/signer/position']);
    const head = run((r) => { r.document.signer.position = 'GIÁM ĐỐC'.normalize('NFD'); });
    expect(head).toContain('warning signer.kt-deputy /document/signer/position');
  });
});
