// Columns by kind of unit: one column per kind, plus "other kinds" for the units of
// every kind without its own column, so the columns of a row always add up to its total.
import { type Lang, type Message, type OrgUnitKind, UNIT_KINDS, UNIT_KIND_LABELS } from '@dvcq/core';
import { _round } from '../aggregate/indicators';
import type { Aggregation, IndicatorGroupTotal, IndicatorRow } from '../aggregate/types';

/**
 * Tên loại đơn vị — a unit kind in words ("Sở, ban, ngành", "UBND cấp xã").
 * @param kind - a unit kind
 * @param lang - language
 * @returns the label (the kind itself if unknown)
 */
export function unitKindLabel(kind: string, lang: Lang): string {
  return Object.prototype.hasOwnProperty.call(UNIT_KIND_LABELS, kind) ? UNIT_KIND_LABELS[kind as OrgUnitKind][lang] : kind;
}

/** Khóa cột "loại khác" — the key of the column gathering the kinds without a column of their own. */
export const OTHER_KINDS_COLUMN = 'other-kinds';

/** Cột theo loại đơn vị — a column of a per-kind breakdown. */
export interface KindColumn {
  /** A unit kind, or {@link OTHER_KINDS_COLUMN}. */
  key: OrgUnitKind | typeof OTHER_KINDS_COLUMN;
  /** The kinds the column adds up. */
  kinds: OrgUnitKind[];
  label: Message;
}

/**
 * Cột theo loại đơn vị — the columns of a per-kind breakdown of a consolidation.
 * Without `kinds`: one column per kind among its units, in the vocabulary's order.
 * With `kinds`: one column per kind given, then an "other kinds" column for the
 * units of any other kind (only when there are some) — so the columns always add
 * up to the total, whatever kinds a plan's units have.
 * @param agg - a consolidation
 * @param kinds - the kinds that get a column of their own (default: every kind present)
 * @returns the columns, left to right
 */
export function kindColumns(agg: Aggregation, kinds?: readonly OrgUnitKind[]): KindColumn[] {
  const present = new Set(agg.units.map((u) => u.kind));
  const own = kinds ?? UNIT_KINDS.filter((k) => present.has(k));
  const cols: KindColumn[] = own.map((k) => ({ key: k, kinds: [k], label: { ...UNIT_KIND_LABELS[k] } }));
  const rest = UNIT_KINDS.filter((k) => present.has(k) && !own.includes(k));
  if (rest.length > 0) cols.push({ key: OTHER_KINDS_COLUMN, kinds: rest, label: { vi: 'Loại đơn vị khác', en: 'Other kinds of unit' } });
  return cols;
}

/**
 * Chỉ tiêu theo cột loại đơn vị — an indicator's totals in the given columns,
 * computed from the value each unit gave (exact for merged kinds: the mean of a
 * merged column is the mean over its units, not a mean of means).
 * @param agg - the consolidation the indicator belongs to
 * @param indicator - one of `agg.indicators`
 * @param columns - from {@link kindColumns}
 * @returns one total per column, same order
 */
export function indicatorByKindColumns(agg: Aggregation, indicator: IndicatorRow, columns: readonly KindColumn[]): IndicatorGroupTotal[] {
  const kindOf = new Map(agg.units.map((u) => [u.unitId, u.kind]));
  return columns.map((c) => {
    let s = 0;
    let n = 0;
    for (const [unitId, v] of Object.entries(indicator.byUnit)) {
      const k = kindOf.get(unitId);
      if (k !== undefined && c.kinds.includes(k)) (s += v), n++;
    }
    if (indicator.type === 'count') return { total: n === 0 ? null : s, mean: null, reported: n };
    return { total: null, mean: n === 0 ? null : _round(s / n), reported: n };
  });
}
