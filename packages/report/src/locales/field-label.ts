// Field labels from a catalogue's labels, with no catalogue imported here: the
// validator of a browser page labels fields in the language it was compiled with and
// must not pull the other language's catalogue into the page.
import {
  DVK_HOLDER_LABELS,
  DVK_MODEL_FIELD_LABELS,
  DVK_STAGE_LABELS,
  type Lang,
  PERIOD_NOUNS,
  type Plan,
  REPORT_FIELD_LABELS,
  SIGNING_AUTHORITY_LABELS,
  TASK_ENTRY_FIELD_LABELS,
  TASK_STATUS_LABELS,
} from '@dvcq/core';
import type { Message } from '@dvcq/core';
import type { FieldLabels } from './codes';
import { parsePointer } from './pointer';

const _own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

// An array index segment ("0", "12"; at most 6 digits), checked without a regex: the
// input guard labels fields of oversized input and runs no regex on it.
function _isIndex(s: string): boolean {
  if (s.length === 0 || s.length > 6 || (s.length > 1 && s.charCodeAt(0) === 0x30)) return false;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 0x30 || s.charCodeAt(i) > 0x39) return false;
  return true;
}

/** What of a plan field labels read: indicator labels. */
export type LabelPlan = Pick<Plan, 'indicators'>;

/**
 * `fieldLabel` with the labels given (a compiled report's catalogue). @internal
 * @returns the label, or `undefined` when the pointer names no known field
 */
export function _fieldLabelIn(pointer: string, L: FieldLabels, lang: Lang, plan?: LabelPlan): string | undefined {
  return _fieldLabelOf(pointer, parsePointer(pointer), L, lang, plan);
}

/** `_fieldLabelIn` with the pointer's segments given (no regex runs). @internal */
export function _fieldLabelOf(pointer: string, s: readonly string[], L: FieldLabels, lang: Lang, plan?: LabelPlan): string | undefined {
  if (_own(REPORT_FIELD_LABELS, pointer)) return REPORT_FIELD_LABELS[pointer as keyof typeof REPORT_FIELD_LABELS][lang];
  const [a, b, c] = s;
  if (a === 'tasks' && b !== undefined) {
    const base = L.task(b);
    if (s.length === 2) return base;
    if (s.length === 3 && (c === 'status' || c === 'results' || c === 'reason')) return `${base} — ${TASK_ENTRY_FIELD_LABELS[c][lang]}`;
  }
  if (a === 'indicators' && b !== undefined && s.length === 2) {
    const ind = plan?.indicators.find((i) => i.id === b);
    return ind ? ind.label[lang] : L.indicator(b);
  }
  if (a === 'document' && b === 'recipients' && c !== undefined && _isIndex(c) && s.length === 3) return L.recipient(Number(c) + 1);
  if (a === 'models' && b !== undefined && _isIndex(b)) {
    const base = L.model(Number(b) + 1);
    if (s.length === 2) return base;
    if (s.length === 3 && (c === 'name' || c === 'field' || c === 'holder' || c === 'stage')) return `${base} — ${DVK_MODEL_FIELD_LABELS[c][lang]}`;
  }
  return undefined;
}


// Every choice of an enum field of the report, by value (the lists do not share values).
const _CHOICES: Readonly<Record<string, Message>> = {
  ...TASK_STATUS_LABELS,
  ...PERIOD_NOUNS,
  ...SIGNING_AUTHORITY_LABELS,
  ...DVK_HOLDER_LABELS,
  ...DVK_STAGE_LABELS,
};

/**
 * Nhãn lựa chọn — a value of an enum field as people read it, from the core vocabulary:
 * `done (Đã thực hiện)`, `KT. — Ký thay người đứng đầu`. @internal
 */
export function _choiceLabel(value: string, lang: Lang): string {
  if (!_own(_CHOICES, value)) return value;
  const label = _CHOICES[value]![lang];
  return label.startsWith(value) ? label : `${value} (${label})`;
}
