import { describe, expect, it } from 'vitest';
import { deadlineOf } from './deadline';

describe('deadlineOf', () => {
  it('reads "trước ngày 20/5/2021" literally', () => {
    const d = deadlineOf({ date: '2021-05-20', semantics: 'before', text: 'trước ngày 20/5/2021' });
    expect(d.instant).toBe('2021-05-20T00:00:00+07:00');
    expect(d.epochMs).toBe(Date.UTC(2021, 4, 19, 17));
    expect(d.lastDay).toBe('2021-05-19');
    expect(d.semantics).toBe('before');
    expect(d.text).toBe('trước ngày 20/5/2021');
    expect(d.reading.vi).toBe('Nộp trước 00:00 ngày 20/05/2021 (giờ Việt Nam, UTC+7); ngày cuối được nộp: 19/05/2021.');
  });

  it('inclusive: late from the next midnight', () => {
    const d = deadlineOf({ deadline: { date: '2021-05-20', semantics: 'inclusive' } });
    expect(d.instant).toBe('2021-05-21T00:00:00+07:00');
    expect(d.lastDay).toBe('2021-05-20');
    expect(d.reading.en).toContain('late from 00:00 on 2021-05-21');
  });

  it('crosses month and year ends', () => {
    expect(deadlineOf({ date: '2022-01-01', semantics: 'before' }).lastDay).toBe('2021-12-31');
    expect(deadlineOf({ date: '2021-12-31', semantics: 'inclusive' }).instant).toBe('2022-01-01T00:00:00+07:00');
  });

  it('throws a coded error on a malformed date (a programmer mistake)', () => {
    expect(() => deadlineOf({ date: '2021-02-30', semantics: 'before' })).toThrow(expect.objectContaining({ code: 'calendar.invalid-date' }));
  });
});
