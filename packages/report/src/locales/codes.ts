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

/** Tham số thông điệp — values a message template names. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** Danh mục thông điệp — one message per code, in one language. */
export type MessageCatalogue = { readonly [C in IssueCode]: (p: MessageParams) => string };

/** Danh mục gợi ý sửa — how to fix each code, in one language. */
export type HintCatalogue = { readonly [C in IssueCode]: string };

/** Nhãn trường cố định — labels of the fixed fields of a submission, by pointer pattern. */
export interface FieldLabels {
  readonly fixed: Readonly<Record<string, string>>;
  readonly task: (id: string) => string;
  readonly taskField: Readonly<Record<'status' | 'results' | 'reason', string>>;
  readonly recipient: (n: number) => string;
  readonly model: (n: number) => string;
  readonly modelField: Readonly<Record<'name' | 'field' | 'holder' | 'stage', string>>;
  readonly status: Readonly<Record<'done' | 'in-progress' | 'not-started' | 'not-applicable', string>>;
  readonly severity: Readonly<Record<'error' | 'warning', string>>;
  readonly hintPrefix: string;
  readonly root: string;
}

/** Thông điệp và gợi ý — the part of a language's texts a validator needs (messages, fix hints). */
export interface ReportCatalogue {
  readonly messages: MessageCatalogue;
  readonly hints: HintCatalogue;
}

/** Gói ngôn ngữ — all texts of one language. */
export interface Locale {
  readonly messages: MessageCatalogue;
  readonly hints: HintCatalogue;
  readonly labels: FieldLabels;
}

/** @internal reads a param as text (absent → empty) */
export const _p = (p: MessageParams, k: string): string => (Object.prototype.hasOwnProperty.call(p, k) ? String(p[k]) : '');
