/**
 * Mã vấn đề — every issue code `validateReport` can return. Codes are stable:
 * scripts and other-language backends key on them; messages may be reworded.
 */
export const ISSUE_CODES = [
  // the input guard (before anything else)
  'input.json-syntax',
  'input.too-large',
  'input.too-deep',
  'input.string-too-long',
  'input.array-too-long',
  'input.too-many-keys',
  'input.too-many-values',
  // shape (zod / JSON Schema)
  'schema.required',
  'schema.type',
  'schema.enum',
  'schema.unknown-field',
  'schema.too-small',
  'schema.too-big',
  'schema.blank',
  'schema.invalid',
  // rules (rules.json)
  'report.plan-mismatch',
  'report.unit-unknown',
  'report.period-not-required',
  'report.obligation-unknown',
  'report.period-index-required',
  'report.period-index-unknown',
  'report.obligation-required',
  'report.unit-not-obliged',
  'report.late',
  'final.missing-field',
  'document.number-agency',
  'document.date-invalid',
  'document.date-before-period',
  'document.date-in-future',
  'document.recipient-missing',
  'document.copy-missing',
  'document.recipient-unknown',
  'signer.on-behalf-required',
  'signer.on-behalf-unexpected',
  'signer.kt-deputy',
  'task.results-required',
  'task.reason-required',
  'task.missing',
  'task.not-assigned',
  'indicator.part-exceeds-total',
  'indicator.parts-exceed-total',
  'indicator.models-mismatch',
  'indicator.percent-range',
  'indicator.not-in-period',
  'indicator.missing',
  // text checks (not expressible in JSON Logic)
  'document.number-format',
  'text.not-nfc',
  'text.legacy-encoding',
] as const;

/** Mã vấn đề — an issue code. */
export type IssueCode = (typeof ISSUE_CODES)[number];

/**
 * Tham số thông điệp — values a message template names. Structural and input-guard
 * messages get `field` (the field's label in the message's language) and `kind`
 * (a `FieldKind`: count, percent, date…), plus `limit`, `expected` or `values`.
 */
export type MessageParams = Readonly<Record<string, string | number>>;

/** Danh mục thông điệp — one message per code, in one language. */
export type MessageCatalogue = { readonly [C in IssueCode]: (p: MessageParams) => string };

/** Danh mục gợi ý sửa — how to fix each code, in one language. */
export type HintCatalogue = { readonly [C in IssueCode]: string };

/**
 * Nhãn trường — the words of one language for the fields the core vocabulary does not
 * name (fixed fields, task and model fields and choices come from `@dvcq/core`'s
 * vocabulary: REPORT_FIELD_LABELS, TASK_ENTRY_FIELD_LABELS, …).
 */
export interface FieldLabels {
  readonly task: (id: string) => string;
  readonly indicator: (id: string) => string;
  readonly recipient: (n: number) => string;
  readonly model: (n: number) => string;
  readonly hintPrefix: string;
  readonly root: string;
  /** A field without a label: its JSON Pointer in words. */
  readonly unnamed: (pointer: string) => string;
}

/**
 * Thông điệp và nhãn — what a validator needs of one language: the messages (which
 * name the field and say what to do) and the field words. The generic fix hints are
 * optional: a browser page ships none (`viCatalogue`).
 */
export interface ReportCatalogue {
  readonly messages: MessageCatalogue;
  readonly labels: FieldLabels;
  readonly hints?: HintCatalogue;
}

/** Gói ngôn ngữ — all texts of one language: messages, field words and fix hints. */
export interface Locale extends ReportCatalogue {
  readonly hints: HintCatalogue;
}

/** @internal reads a param as text (absent → empty) */
export const _p = (p: MessageParams, k: string): string => (Object.prototype.hasOwnProperty.call(p, k) ? String(p[k]) : '');
