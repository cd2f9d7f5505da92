import { describe, expect, it } from 'vitest';
import { dataWindowOf, nd09DataWindow } from './window';

describe('data windows (Nghị định 09/2019/NĐ-CP)', () => {
  it('presets', () => {
    expect(nd09DataWindow('semiannual', 2021)).toEqual({ preset: 'nd09-semiannual', from: '2020-12-15', to: '2021-06-14' });
    expect(nd09DataWindow('annual', 2021)).toEqual({ preset: 'nd09-annual', from: '2020-12-15', to: '2021-12-14' });
    expect(nd09DataWindow('monthly', 2021, 1)).toEqual({ preset: 'nd09-monthly', from: '2020-12-15', to: '2021-01-14' });
    expect(nd09DataWindow('monthly', 2021, 3)).toEqual({ preset: 'nd09-monthly', from: '2021-02-15', to: '2021-03-14' });
    expect(nd09DataWindow('quarterly', 2021, 1)).toEqual({ preset: 'nd09-quarterly', from: '2020-12-15', to: '2021-03-14' });
    expect(nd09DataWindow('quarterly', 2021, 4)).toEqual({ preset: 'nd09-quarterly', from: '2021-09-15', to: '2021-12-14' });
  });

  it('has no nine-month preset: Điều 12 defines none', () => {
    expect(() => nd09DataWindow('nine-month', 2021)).toThrow(/calendar.no-preset/);
    // A plan file written before the preset was dropped (not loaded through loadPlan, which rejects it).
    const old = { period: 'nine-month', year: 2026, dataWindow: { preset: 'nd09-nine-month' } } as unknown as Parameters<typeof dataWindowOf>[0];
    expect(dataWindowOf(old)).toMatchObject({ stated: false, message: { vi: expect.stringContaining('không được hỗ trợ') } });
    expect(dataWindowOf({ period: 'nine-month', year: 2026, dataWindow: { from: '2025-12-15', to: '2026-09-14' } })).toEqual({ stated: true, from: '2025-12-15', to: '2026-09-14' });
  });

  it('needs the month / quarter', () => {
    expect(() => nd09DataWindow('monthly', 2021)).toThrow(/invalid-period-index/);
    expect(() => nd09DataWindow('quarterly', 2021, 5)).toThrow(/invalid-period-index/);
  });

  it('says "not stated by the plan" instead of inventing a window', () => {
    expect(dataWindowOf({ period: 'semiannual', year: 2021 })).toEqual({ stated: false, message: { vi: 'Kế hoạch không quy định kỳ số liệu', en: 'Not stated by the plan' } });
    expect(dataWindowOf({ period: 'semiannual', year: 2021, dataWindow: { from: '2021-01-01', to: '2021-06-30' } })).toEqual({ stated: true, from: '2021-01-01', to: '2021-06-30' });
    expect(dataWindowOf({ period: 'semiannual', year: 2021, dataWindow: { preset: 'nd09-semiannual' } })).toEqual({ stated: true, preset: 'nd09-semiannual', from: '2020-12-15', to: '2021-06-14' });
    // A preset that does not fit the period is reported, not applied.
    expect(dataWindowOf({ period: 'annual', year: 2021, dataWindow: { preset: 'nd09-monthly' } })).toMatchObject({ stated: false, message: { en: expect.stringContaining('does not match') } });
    expect(dataWindowOf({ period: 'quarterly', year: 2021, dataWindow: { preset: 'nd09-quarterly' } })).toMatchObject({ stated: false });
  });
});

describe('the plan model has no nine-month preset', () => {
  it('loadPlan rejects nd09-nine-month (Điều 12 defines none)', async () => {
    const { DataWindowPresetSchema } = await import('@dvcq/core/zod');
    expect(DataWindowPresetSchema.options).toEqual(['nd09-monthly', 'nd09-quarterly', 'nd09-semiannual', 'nd09-annual']);
  });
});
