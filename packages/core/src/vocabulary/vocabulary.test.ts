import { describe, expect, it } from 'vitest';
import * as V from './vocabulary';
import { PeriodKindSchema, SigningAuthoritySchema, OrgUnitKindSchema } from '../zod';

// Every list has exactly one label per member, in both languages, NFC, and the zod
// enums of the plan model are the same lists (one home per concept).
const pairs: Array<[string, readonly string[], Record<string, { vi: string; en: string }>]> = [
  ['PERIOD', V.PERIOD_KINDS, V.PERIOD_LABELS],
  ['PERIOD_NOUNS', V.PERIOD_KINDS, V.PERIOD_NOUNS],
  ['DEADLINE_READING', V.DEADLINE_READINGS, V.DEADLINE_READING_LABELS],
  ['TASK_STATUS', V.TASK_STATUSES, V.TASK_STATUS_LABELS],
  ['SIGNING_AUTHORITY', V.SIGNING_AUTHORITIES, V.SIGNING_AUTHORITY_LABELS],
  ['UNIT_KIND', V.UNIT_KINDS, V.UNIT_KIND_LABELS],
  ['TASK_ROLE', V.TASK_ROLES, V.TASK_ROLE_LABELS],
  ['TASK_DUE_KIND', V.TASK_DUE_KINDS, V.TASK_DUE_KIND_LABELS],
  ['DVK_HOLDER', V.DVK_HOLDERS, V.DVK_HOLDER_LABELS],
  ['DVK_STAGE', V.DVK_STAGES, V.DVK_STAGE_LABELS],
  ['REPORT_FIELD', V.REPORT_FIELDS, V.REPORT_FIELD_LABELS],
  ['TASK_ENTRY_FIELD', V.TASK_ENTRY_FIELDS, V.TASK_ENTRY_FIELD_LABELS],
  ['DVK_MODEL_FIELD', V.DVK_MODEL_FIELDS, V.DVK_MODEL_FIELD_LABELS],
  ['SUBMISSION_STATUS', V.SUBMISSION_STATUSES, V.SUBMISSION_STATUS_LABELS],
  ['SEVERITY', V.SEVERITIES, V.SEVERITY_LABELS],
];

describe('vocabulary', () => {
  it.each(pairs)('%s: one label per member, both languages, NFC', (_name, list, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...list].sort());
    expect(new Set(list).size).toBe(list.length);
    for (const k of list) {
      const l = labels[k]!;
      expect(l.vi.trim()).not.toBe('');
      expect(l.en.trim()).not.toBe('');
      expect(l.vi).toBe(l.vi.normalize('NFC'));
    }
  });

  it('period index ranges cover every kind', () => {
    expect(Object.keys(V.PERIOD_INDEX_MAX).sort()).toEqual([...V.PERIOD_KINDS].sort());
    expect(V.PERIOD_INDEX_MAX.quarterly).toBe(4);
    expect(V.PERIOD_INDEX_MAX.monthly).toBe(12);
  });

  it('the zod enums of the plan model are the vocabulary lists', () => {
    expect(PeriodKindSchema.options).toEqual([...V.PERIOD_KINDS]);
    expect(SigningAuthoritySchema.options).toEqual([...V.SIGNING_AUTHORITIES]);
    expect(OrgUnitKindSchema.options).toEqual([...V.UNIT_KINDS]);
  });
});
