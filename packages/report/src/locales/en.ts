import type { Locale, MessageParams } from './codes';

// A local copy of the helpers of vi.ts: sharing them would make bundlers put them in a
// chunk of their own that a Vietnamese page must load with its first script.
const _p = (p: MessageParams, k: string): string => (Object.prototype.hasOwnProperty.call(p, k) ? String(p[k]) : '');
const _f = (p: MessageParams): string => `"${_p(p, 'field')}"`;
// Digit grouping of a whole number (1000000000 → "1,000,000,000"), without a regex:
// the input guard's messages run no regex.
const _n = (p: MessageParams, k: string): string => {
  const s = _p(p, k);
  let out = '';
  for (let i = 0; i < s.length; i++) out += (i > 0 && (s.length - i) % 3 === 0 ? ',' : '') + s[i];
  return out;
};

const _ASK: Readonly<Record<string, string>> = {
  count: 'enter e.g. 12 (0 if none)',
  percent: 'enter a percentage from 0 to 100, e.g. 92.5',
  year: 'enter the year, e.g. 2021',
  'period-index': 'enter the month (1–12) or the quarter (1–4)',
  date: 'enter the date as YYYY-MM-DD, e.g. 2021-11-01',
  'document-number': 'enter the number and symbol like 05/BC-SNV',
  id: "choose an id from the plan's list",
  name: 'enter the text',
  text: 'enter the text',
  choice: 'choose one of the listed values',
  list: 'enter the list',
  group: 'enter the items of this part',
};
const _ask = (p: MessageParams): string => _ASK[_p(p, 'kind')] ?? 'enter a value';

function _type(p: MessageParams): string {
  switch (_p(p, 'kind')) {
    case 'count':
      return `${_f(p)} must be a whole number of zero or more, without decimals: ${_ask(p)}.`;
    case 'percent':
      return `${_f(p)} must be a number: ${_ask(p)}.`;
    case 'year':
      return `${_f(p)} must be a year in digits: ${_ask(p)}.`;
    case 'period-index':
      return `${_f(p)} must be a whole number: ${_ask(p)}.`;
    case 'list':
      return `${_f(p)} must be a list (JSON array): ${_ask(p)}.`;
    case 'group':
      return `${_f(p)} must be a group of fields (JSON object): ${_ask(p)}.`;
    default:
      return `${_f(p)} must be text (a string): ${_ask(p)}.`;
  }
}

function _small(p: MessageParams): string {
  switch (_p(p, 'kind')) {
    case 'count':
      return `${_f(p)} cannot be negative: enter ${_n(p, 'limit')} or more (0 if none).`;
    case 'year':
      return `${_f(p)} must be ${_p(p, 'limit')} or later: check the year.`;
    case 'period-index':
      return `${_f(p)} must be ${_p(p, 'limit')} or more: ${_ask(p)}.`;
    case 'list':
      return `${_f(p)} needs at least ${_n(p, 'limit')} items: add items.`;
    default:
      return `${_f(p)} must not be empty: ${_ask(p)}.`;
  }
}

function _big(p: MessageParams): string {
  switch (_p(p, 'kind')) {
    case 'count':
      return `${_f(p)} is too large (at most ${_n(p, 'limit')}): check the figure.`;
    case 'year':
      return `${_f(p)} must be ${_p(p, 'limit')} or earlier: check the year.`;
    case 'period-index':
      return `${_f(p)} must be at most ${_p(p, 'limit')}: ${_ask(p)}.`;
    case 'list':
      return `${_f(p)} has more than ${_n(p, 'limit')} items: remove some.`;
    case 'date':
    case 'document-number':
      return `${_f(p)} is longer than ${_n(p, 'limit')} characters: ${_ask(p)}.`;
    default:
      return `${_f(p)} is longer than ${_n(p, 'limit')} characters: shorten it.`;
  }
}

/** Tiếng Anh — English messages, fix hints and field labels. */
export const en: Locale = {
  messages: {
    'input.json-syntax': (p) => `Input is not valid JSON (${_p(p, 'detail')}): check brackets, commas and quotes.`,
    'input.too-large': (p) => `Input too large (at most ${_n(p, 'limit')} bytes of UTF-8): split or shorten it.`,
    'input.too-deep': (p) => `${_f(p)} is nested too deeply (at most ${_p(p, 'limit')} levels): remove the extra nesting.`,
    'input.string-too-long': (p) => `${_f(p)} holds a string or a field name longer than ${_n(p, 'limit')} characters: shorten it.`,
    'input.array-too-long': (p) => `${_f(p)} has more than ${_n(p, 'limit')} items: remove some.`,
    'input.too-many-keys': (p) => `${_f(p)} has more than ${_n(p, 'limit')} fields: remove the extra fields.`,
    'input.too-many-values': (p) => `Input has more than ${_n(p, 'limit')} values: shorten it.`,
    'schema.required': (p) => `${_f(p)} is missing: ${_ask(p)}.`,
    'schema.type': _type,
    'schema.enum': (p) => `${_f(p)} must be one of: ${_p(p, 'values')}.`,
    'schema.unknown-field': (p) => `${_f(p)} is not part of the plan's report form: remove it or correct its name or id.`,
    'schema.too-small': _small,
    'schema.too-big': _big,
    'schema.blank': (p) => `${_f(p)} holds only spaces: enter some text or leave the field out.`,
    'schema.invalid': (p) => `${_f(p)} is invalid: ${_ask(p)}.`,
    'report.plan-mismatch': (p) => `${_f(p)} names another plan than the one the report is checked against ("${_p(p, 'planId')}"): correct the plan id or check against the right plan.`,
    'report.unit-unknown': (p) => `${_f(p)} is not in the plan's list of units: choose a unit id from the list.`,
    'report.period-not-required': (p) => `The plan requires no report for this ${_f(p)} and year: choose a period and year among the plan's reporting obligations.`,
    'report.obligation-unknown': (p) => `${_f(p)} is not a reporting obligation of the plan for this period and year: choose one from the list.`,
    'report.period-index-required': (p) => `${_f(p)} is missing: the plan asks for one report per month or quarter, choose this report's month or quarter.`,
    'report.period-index-unknown': (p) => `${_f(p)} is not a period the plan asks a report for: choose a month or quarter of the obligation (or leave it out for an annual, six-month or nine-month report).`,
    'report.obligation-required': (p) => `${_f(p)} is missing: several obligations of the plan ask for a report of this period and year, choose the one this report answers.`,
    'report.unit-not-obliged': (p) => `The plan does not ask this ${_f(p)} for a report in this period: check the reporting unit.`,
    'report.late': (p) => `The report is late (deadline ${_p(p, 'deadline')}): submit now; if it was sent on time by another channel, tell the consolidating body.`,
    'final.missing-field': (p) => `${_f(p)} is missing — required for a final submission: fill it in before submitting (a draft may leave it empty).`,
    'document.number-agency': (p) => `${_f(p)} does not carry the reporting unit's agency abbreviation: correct the part after "BC-" (e.g. 05/BC-SNV).`,
    'document.date-invalid': (p) => `${_f(p)} is not a real date written YYYY-MM-DD between ${_p(p, 'from')} and ${_p(p, 'to')}: enter e.g. 2021-11-01.`,
    'document.date-before-period': (p) => `${_f(p)} is before the reporting period starts: check the date of issue and the period.`,
    'document.date-in-future': (p) => `${_f(p)} is after today: enter the actual date of issue.`,
    'document.recipient-missing': (p) => `${_f(p)} lack ${_p(p, 'names')} (per item ${_p(p, 'source')} of the plan): add it to the recipients.`,
    'document.copy-missing': (p) => `${_f(p)} lack ${_p(p, 'names')}, which must receive the report (per item ${_p(p, 'source')} of the plan): add it to the recipients.`,
    'document.recipient-unknown': (p) => `${_f(p)} hold an id that is not a unit of the plan: use ids from the plan's list of units.`,
    'signer.on-behalf-required': (p) => `${_f(p)} is required with KT./TL./TUQ./TM./Q.: for "KT. GIÁM ĐỐC" enter "GIÁM ĐỐC".`,
    'signer.on-behalf-unexpected': (p) => `When the head signs directly there is no ${_f(p)}: remove it or choose the right signing authority.`,
    'signer.kt-deputy': (p) => `KT. means a deputy signs for the head, so ${_f(p)} is normally "Phó …" (deputy): check the position or the signing authority.`,
    'task.results-required': (p) => `${_f(p)} is empty while the task is done or in progress: describe what was achieved, or change the status.`,
    'task.reason-required': (p) => `${_f(p)} is empty while the task is not started or not applicable: state the reason.`,
    'task.missing': (p) => `${_f(p)} is not chosen (the task is assigned to this unit): choose its status.`,
    'task.not-assigned': (p) => `${_f(p)} is not assigned to this unit: remove it, or check the "Reporting unit".`,
    'indicator.part-exceeds-total': (p) => `${_f(p)} exceeds "${_p(p, 'total')}": a part cannot exceed its total, check both figures.`,
    'indicator.parts-exceed-total': (p) => `${_p(p, 'parts')} add up to more than "${_p(p, 'total')}": separate parts of a whole cannot exceed it, check the figures.`,
    'indicator.models-mismatch': (p) => `${_f(p)} differs from the number of "${_p(p, 'stage')}" models in the list of "Dân vận khéo" models: check the figure or the list.`,
    'indicator.percent-range': (p) => `${_f(p)} is a percentage: enter a number from 0 to 100.`,
    'indicator.not-in-period': (p) => `${_f(p)} is reported only in: ${_p(p, 'periods')}: leave it out of this period's report.`,
    'indicator.missing': (p) => `${_f(p)} is missing (the plan requires it): enter the figure, 0 if none.`,
    'document.number-format': (p) => `${_f(p)} is not in the Nghị định 30/2020/NĐ-CP form <number>/BC-<agency>[-<drafting unit>]: write e.g. 05/BC-SNV or 12/BC-UBND.`,
    'text.not-nfc': (p) => `${_f(p)} is not precomposed Unicode (NFC): its Vietnamese diacritics are decomposed; paste it again from an editor using precomposed Unicode.`,
    'text.legacy-encoding': (p) => `${_f(p)} looks typed in the legacy ${_p(p, 'encoding')} encoding, not Unicode: convert it to Unicode (e.g. with UniKey) and paste it again.`,
  },
  hints: {
    'input.json-syntax': 'Check brackets, commas and quotes in the JSON file.',
    'input.too-large': 'Split or shorten the data.',
    'input.too-deep': 'A report has only a few levels; remove the extra nesting.',
    'input.string-too-long': 'Shorten the text.',
    'input.array-too-long': 'Remove items from the list.',
    'input.too-many-keys': 'Remove the extra fields.',
    'input.too-many-values': 'Shorten the data.',
    'schema.required': 'Enter a value for this field.',
    'schema.type': 'Enter the right kind of value: a number in digits, text, a list.',
    'schema.enum': 'Choose one of the listed values.',
    'schema.unknown-field': 'Remove this field or correct its name or id to match the plan.',
    'schema.too-small': 'Enter a number of zero or more, or some text.',
    'schema.too-big': 'Enter a smaller number, or shorten the text.',
    'schema.blank': 'Enter some text or leave the field out.',
    'schema.invalid': 'Correct the value.',
    'report.plan-mismatch': 'Check the report against its own plan, or correct the plan id.',
    'report.unit-unknown': "Choose a unit id from the plan's list of units.",
    'report.period-not-required': "Choose a period and year among the plan's reporting obligations.",
    'report.obligation-unknown': "Choose a reporting obligation from the plan's list.",
    'report.period-index-required': "Choose the report's month or quarter.",
    'report.period-index-unknown': 'Choose a month or quarter of the reporting obligation.',
    'report.obligation-required': 'Choose the reporting obligation this report answers.',
    'report.unit-not-obliged': 'Check the reporting unit.',
    'report.late': 'Submit now; if it was sent on time by another channel, tell the consolidating body.',
    'final.missing-field': 'Fill this in before the final submission (a draft may leave it empty).',
    'document.number-agency': 'Put the unit\'s agency abbreviation after "BC-" (e.g. 05/BC-SNV).',
    'document.date-invalid': 'Enter the date as YYYY-MM-DD, e.g. 2021-11-01.',
    'document.date-before-period': 'Check the date of issue and the period.',
    'document.date-in-future': 'Enter the actual date of issue (not after today).',
    'document.recipient-missing': 'Add the receiving body to the recipients.',
    'document.copy-missing': 'Add this body to the recipients.',
    'document.recipient-unknown': "Use unit ids from the plan's list of units.",
    'signer.on-behalf-required': 'Write the head\'s title after the prefix, e.g. "KT. GIÁM ĐỐC".',
    'signer.on-behalf-unexpected': 'Remove the title after the prefix, or choose the right signing authority.',
    'signer.kt-deputy': "Check the signer's position or the signing authority.",
    'task.results-required': 'Describe what was achieved, or change the status.',
    'task.reason-required': 'Explain why it was not done or does not apply.',
    'task.missing': 'Choose a status for this task.',
    'task.not-assigned': 'Remove this task if the unit does not carry it, or check the unit id.',
    'indicator.part-exceeds-total': 'Check both figures: a part cannot exceed its total.',
    'indicator.parts-exceed-total': 'Check the figures: the parts cannot add up to more than the whole.',
    'indicator.models-mismatch': 'Check the figure or the list of models.',
    'indicator.percent-range': 'Enter a rate between 0 and 100.',
    'indicator.not-in-period': 'Leave this indicator out of this period’s report.',
    'indicator.missing': 'Enter the figure (0 if none).',
    'document.number-format': 'Write it like 05/BC-SNV or 12/BC-UBND.',
    'text.not-nfc': 'Paste the text again from an editor using precomposed Unicode, or normalize it to NFC.',
    'text.legacy-encoding': 'Convert the text to Unicode (e.g. with UniKey) and paste it again.',
  },
  labels: {
    task: (id) => `Task ${id}`,
    indicator: (id) => `Indicator ${id}`,
    recipient: (n) => `Recipient line ${n}`,
    model: (n) => `"Dân vận khéo" model ${n}`,
    hintPrefix: 'How to fix',
    root: 'Whole report',
    unnamed: (pointer) => `field ${pointer}`,
  },
};
