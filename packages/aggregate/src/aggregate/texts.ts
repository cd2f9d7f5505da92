// Free texts and "Dân vận khéo" models: what each unit wrote under difficulties,
// proposals and next directions, and the models it listed — over the counted report
// of every unit, in unit order, each unit named (the consolidated document cites them).
import { DVK_HOLDERS, DVK_STAGES, type DvkHolder, type DvkStage, type Lang } from '@dvcq/core';
import { type _UnitReports, _isObj, _own } from './inputs';
import type { AggregationTexts, UnitModel, UnitRow, UnitText } from './types';

/** @internal The free-text fields compiled, in the order of the report. */
export const _TEXT_FIELDS = ['difficulties', 'proposals', 'nextDirections'] as const;

/**
 * @internal Per free-text field, the non-blank texts of the units' counted reports;
 * the models they listed. Values of the wrong type are skipped one by one.
 */
export function _compileTexts(
  units: readonly UnitRow[],
  byUnit: ReadonlyMap<string, _UnitReports>,
  lang: Lang,
): { texts: AggregationTexts; models: UnitModel[] } {
  const texts: AggregationTexts = { difficulties: [], proposals: [], nextDirections: [] };
  const models: UnitModel[] = [];
  for (const u of units) {
    const slot = byUnit.get(u.unitId);
    if (!slot) continue;
    const rep = slot.current.report;
    const unitName = u.name[lang];
    for (const f of _TEXT_FIELDS) {
      const v = _own(rep, f);
      if (typeof v === 'string' && v.trim() !== '') texts[f].push({ unitId: u.unitId, unitName, text: v } satisfies UnitText);
    }
    const listed = _own(rep, 'models');
    if (!Array.isArray(listed)) continue;
    for (const m of listed) {
      if (!_isObj(m)) continue;
      const name = _own(m, 'name');
      const field = _own(m, 'field');
      const holder = _own(m, 'holder');
      const stage = _own(m, 'stage');
      if (typeof name !== 'string' || name.trim() === '') continue;
      if (!(DVK_HOLDERS as readonly unknown[]).includes(holder) || !(DVK_STAGES as readonly unknown[]).includes(stage)) continue;
      models.push({ unitId: u.unitId, unitName, name, field: typeof field === 'string' ? field : '', holder: holder as DvkHolder, stage: stage as DvkStage });
    }
  }
  return { texts, models };
}
