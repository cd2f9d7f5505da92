import type { Message, Severity } from '@dvcq/core';
import type { JsonLogic } from './logic';

/** Chế độ kiểm tra — `draft` (bản nháp: thiếu câu trả lời vẫn được) or `final` (nộp chính thức). */
export type ReportMode = 'draft' | 'final';

/**
 * Kiểu giá trị đọc — how a read value is prepared before the logic sees it.
 * A value that is absent or not of this type becomes `null`, so a rule never
 * depends on a language's coercions. `date`: a real calendar date `YYYY-MM-DD`
 * between 1945-01-01 and 2200-12-31, turned into a day number (days since
 * 1970-01-01); `string[]`: an array of strings; `array`: any array; `any`: any JSON
 * value except `null`. Strings are read in NFC.
 */
export type ReadType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'string[]' | 'date' | 'any';

/** Giá trị quy tắc đọc — one value a rule reads: a JSON Pointer into the submission and its type. */
export interface RuleRead {
  /** JSON Pointer (RFC 6901) into the submission. */
  pointer: string;
  /** Expected type; anything else reads as `null`. */
  type: ReadType;
}

/**
 * Cách xử lý giá trị thiếu — missing-value strategy. `skip`: when any read is
 * `null` (absent or of the wrong type) the rule is not evaluated and passes (the
 * shape check or another rule reports the gap). `evaluate`: the logic runs with
 * the `null`s (used by rules that are about presence).
 */
export type MissingStrategy = 'skip' | 'evaluate';

/**
 * Quy tắc — one cross-field check as data. `logic` is JSON Logic evaluated against
 * `{ "read": [values of reads, in order], "ctx": RuleContext }`; a truthy result
 * (JSON Logic truthiness) passes, anything else raises one issue with `code` at
 * `blames`. `modes` says in which modes the rule runs.
 */
export interface Rule {
  /** Unique id: the code, then `:` and what it is about, e.g. `task.results-required:II.1.1`. */
  id: string;
  /** Stable issue code shared by all rules of one kind. */
  code: string;
  severity: Severity;
  modes: ReportMode[];
  reads: RuleRead[];
  /** JSON Pointer of the value the issue is about. */
  blames: string;
  missing: MissingStrategy;
  /** The issue message, Vietnamese and English. */
  message: Message;
  logic: JsonLogic;
}

/** Đơn vị trong bảng ngữ cảnh — a unit as the rule context needs it. */
export interface ContextUnit {
  id: string;
  /** Abbreviation used in document symbols (`SNV`, `UBND`), or `null`. */
  symbol: string | null;
  /** Ids of the tasks that apply to the unit (plan order). */
  tasks: string[];
}

/**
 * Kỳ báo cáo trong bảng ngữ cảnh — one instance of an obligation (one report owed: a
 * month, a quarter, a year…) as the rule context needs it.
 */
export interface ContextInstance {
  /** Stable key: `<obligationId>@<year>`, `…@<year>-Q<n>`, `…@<year>-M<nn>` (@dvcq/calendar `instanceKey`). */
  key: string;
  obligationId: string;
  period: string;
  year: number;
  /** The month (1–12) or quarter (1–4) of a monthly or quarterly instance, else `null`. */
  index: number | null;
  /** Unit ids that owe the report (groups expanded). */
  owedBy: string[];
  /** First day reported on: the data window's start when the plan states one, else the period's first day (1 January for a one-off report). */
  periodStart: string;
  periodStartDay: number;
  /** The deadline's date (stated, or computed from the plan's rule) and its reading. */
  deadline: { date: string; semantics: 'before' | 'inclusive' };
  /** First day (UTC+7) on which a submission is late. */
  lateFrom: string;
  lateFromDay: number;
}

/**
 * Bảng dữ liệu ngữ cảnh — the plan facts the rule context is built from, shipped
 * in rules.json so another language builds the context with lookups only.
 */
export interface ContextTables {
  /** Vietnam has one time zone, UTC+7, without daylight saving. */
  utcOffsetMinutes: 420;
  units: ContextUnit[];
  /** Every report the plan asks for: one per instance of each obligation (@dvcq/calendar `planInstances`). */
  instances: ContextInstance[];
}

/**
 * Ngữ cảnh quy tắc — the prepared data every rule sees as `ctx` (built by
 * {@link buildRuleContext}; the algorithm is in CONTRACT.md#context).
 */
export interface RuleContext {
  mode: ReportMode;
  /** Day number of `now` in UTC+7. */
  today: number;
  unitKnown: boolean;
  unitSymbol: string | null;
  applicableTasks: string[];
  /** An instance has the report's period and year. */
  periodKnown: boolean;
  /** No `obligationId`, or one naming an obligation of that period and year. */
  obligationKnown: boolean;
  /** The matching instances are months or quarters, and the report gives no `periodIndex`. */
  indexRequired: boolean;
  /** No `periodIndex`, or one naming an instance. */
  indexKnown: boolean;
  /** Several obligations match and the report gives no `obligationId`. */
  obligationAmbiguous: boolean;
  /** The report's instance (its key), or `null`. */
  instanceKey: string | null;
  /** The obligation of the report's instance, or `null`. */
  obligationId: string | null;
  unitOwes: boolean;
  periodStart: number | null;
  lateFrom: number | null;
}

/** Kiểm tra văn bản — a check JSON Logic cannot express, with the pointer(s) it applies to. */
export interface TextCheck {
  id: string;
  code: string;
  severity: Severity;
  /** `nfc`, `legacy-encoding`: every string value in the submission; `pattern`: the string at `pointer`. */
  kind: 'nfc' | 'legacy-encoding' | 'pattern';
  pointer?: string;
  /** ECMA-262 pattern (portable subset, linear) the value must match. */
  pattern?: string;
  /** What it checks, in words (in rules.json; the validator does not carry it). */
  description?: Message;
}

/**
 * Bộ quy tắc — everything rules.json holds: the rules, the context tables, the
 * text checks, and how JSON Schema errors map to issue codes.
 */
export interface RuleSet {
  format: 'dvcq-rules/2';
  planId: string;
  context: ContextTables;
  rules: Rule[];
  textChecks: TextCheck[];
  /** JSON Schema keyword → issue code, for validators of the exported schema. */
  structuralCodes: Record<string, string>;
}
