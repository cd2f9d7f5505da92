import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { type Plan, formatNumber, formatPercent } from '@dvcq/core';
import { formatRatioVi } from './numbers';
import { documentDateText, issuerLines, recipientName, signerTitleLines } from './names';
import { testPlans } from '../_fixtures/plans';

// The documents write numbers with core's formatNumber / formatPercent (one home).
describe('numbers in Vietnamese conventions', () => {
  it('groups thousands with "." and writes decimals with ","', () => {
    expect(formatNumber(1250)).toBe('1.250');
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(12.5)).toBe('12,5');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(0)).toBe('0');
  });
  it('writes percentages with a no-break space before "%"', () => {
    expect(formatPercent(93.4)).toBe('93,4\u00a0%');
    expect(formatRatioVi(0.934)).toBe('93,4\u00a0%');
    expect(formatRatioVi(1)).toBe('100\u00a0%');
    expect(formatRatioVi(2 / 3)).toBe('66,7\u00a0%');
  });
  it('reads back as the number it was (integers up to a billion)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), (n) => {
        const s = formatNumber(n);
        expect(s).toMatch(/^\d{1,3}(\.\d{3})*$/);
        expect(Number(s.replaceAll('.', ''))).toBe(n);
      }),
    );
  });
});

describe('dates in documents (leading zero for days < 10 and months 1–2)', () => {
  it('writes the long and short forms', () => {
    expect(documentDateText('2021-11-05')).toBe('ngày 05 tháng 11 năm 2021');
    expect(documentDateText('2026-02-03')).toBe('ngày 03 tháng 02 năm 2026');
    expect(documentDateText('2026-01-15')).toBe('ngày 15 tháng 01 năm 2026');
    expect(documentDateText('2026-03-09')).toBe('ngày 09 tháng 3 năm 2026');
    expect(documentDateText('2026-12-31', 'short')).toBe('31/12/2026');
    expect(documentDateText('2026-2-3')).toBeUndefined();
    expect(documentDateText(undefined)).toBeUndefined();
  });
});

describe('signature block titles', () => {
  it('puts the authority before the title it signs for, then the position', () => {
    expect(signerTitleLines({ authority: 'KT.', onBehalfOf: 'Giám đốc', position: 'Phó Giám đốc', name: 'X' })).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
    expect(signerTitleLines({ authority: 'TM.', onBehalfOf: 'ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH' })).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
    expect(signerTitleLines({ authority: 'none', position: 'GIÁM ĐỐC' })).toEqual(['GIÁM ĐỐC']);
    expect(signerTitleLines({ authority: 'Q.', onBehalfOf: 'GIÁM ĐỐC', position: 'GIÁM ĐỐC' })).toEqual(['Q. GIÁM ĐỐC']);
    expect(signerTitleLines(undefined)).toEqual([]);
  });
});

describe.each(testPlans)('names from the plan — $name', ({ plan }: { plan: Plan }) => {
  it('heads a committee with its own name in two lines, anything else under its parent', () => {
    for (const u of plan.orgUnits) {
      const h = issuerLines(plan, u);
      if (u.kind.endsWith('committee') && u.name.vi.startsWith('Ủy ban nhân dân ')) {
        expect(h.governingBody).toBeUndefined();
        expect(h.issuingBody).toEqual(['Ủy ban nhân dân', u.name.vi.slice('Ủy ban nhân dân '.length)]);
      } else if (u.parent && !u.kind.endsWith('committee')) {
        expect(h.governingBody).toMatch(/\S/);
        expect(h.issuingBody).toEqual([u.shortName ?? u.name.vi]);
      }
    }
  });
  it('names recipients by their common short name, groups by name', () => {
    for (const u of plan.orgUnits) expect(recipientName(plan, u.id)).toBe(u.shortName ?? u.name.vi);
    for (const g of plan.unitGroups) expect(recipientName(plan, g.id)).toBe(g.name.vi);
  });
});
