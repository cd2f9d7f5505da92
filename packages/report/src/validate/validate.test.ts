import { describe, expect, it } from 'vitest';
import { validateReport } from './validate';
import { miniPlan } from '../_fixtures/plans';

const base = () => ({
  planId: 'mini-2021',
  period: 'annual',
  year: 2021,
  unitId: 'so-noi-vu',
  document: {
    number: '05/BC-SNV',
    date: '2021-10-20',
    place: 'Hòa Bình',
    signer: { authority: 'KT.', onBehalfOf: 'GIÁM ĐỐC', position: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn B' },
    recipients: ['ubnd-tinh', 'so-noi-vu', 'ban-dan-van-tinh-uy'],
  },
  tasks: {
    'II.1.1': { status: 'done', results: 'Tiếp 12 lượt công dân.' },
    'II.2.1': { status: 'not-started', reason: 'Chưa có kinh phí.' },
  },
  indicators: { 'citizen-receptions': 12, 'petitions-received': 3, 'petitions-resolved': 2, 'satisfaction-rate': 95.5 },
  models: [{ name: 'Mô hình một cửa thân thiện', field: 'Cải cách hành chính', holder: 'collective', stage: 'registered' }],
  nextDirections: 'Tiếp tục thực hiện.',
});
const now = '2021-10-25T09:00:00+07:00';

describe('validateReport', () => {
  it('accepts a complete final report', () => {
    const r = validateReport(base(), { plan: miniPlan, mode: 'final', now });
    expect(r.issues).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.value?.unitId).toBe('so-noi-vu');
  });
  it('reports structural and rule problems in one pass', () => {
    const input = base() as Record<string, any>;
    input.year = '2021';
    input.document.number = '5/BC-STC';
    input.tasks['II.1.1'] = { status: 'done' };
    input.indicators['petitions-resolved'] = 9;
    const r = validateReport(input, { plan: miniPlan, mode: 'final', now, lang: 'en' });
    const codes = r.issues.map((i) => `${i.code} ${i.path}`).sort();
    expect(codes).toEqual([
      'document.number-agency /document/number',
      'document.number-format /document/number',
      'indicator.part-exceeds-total /indicators/petitions-resolved',
      'schema.type /year',
      'task.results-required /tasks/II.1.1/results',
    ]);
    expect(r.ok).toBe(false);
  });
});
