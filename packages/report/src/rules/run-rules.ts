import { type Issue, type Lang, getByPointer } from '@dvcq/core';
import { parsePointer } from '../locales/pointer';
import { compileLogic, logicTruthy, type CompiledLogic } from './logic';
import type { ContextTables, ReadType, ReportMode, Rule, RuleContext, RuleSet } from './rule';
import { dayNumber, vnDayNumber } from './days';

/** Quy tắc đã biên dịch — a rule ready to run (pointers split, logic compiled). */
export interface CompiledRule {
  readonly rule: Rule;
  readonly reads: ReadonlyArray<{ readonly segments: readonly string[]; readonly type: ReadType }>;
  readonly logic: CompiledLogic;
  readonly draft: boolean;
  readonly final: boolean;
}

/**
 * Biên dịch bộ quy tắc — compiles every rule of a rule set once.
 * @param ruleSet - from {@link buildRules} (or a parsed rules.json)
 * @returns the compiled rules, in order
 */
export function compileRules(ruleSet: RuleSet): CompiledRule[] {
  return ruleSet.rules.map((rule) => ({
    rule,
    reads: rule.reads.map((r) => ({ segments: parsePointer(r.pointer), type: r.type })),
    logic: compileLogic(rule.logic),
    draft: rule.modes.includes('draft'),
    final: rule.modes.includes('final'),
  }));
}

const _own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
/**
 * Chuẩn bị giá trị đọc — the typed read of the portable contract: the value when it
 * has the declared type (a `date` becomes its day number), else `null`.
 * @param v - the raw value
 * @param type - the declared read type
 * @returns the prepared value or `null`
 */
export function prepareRead(v: unknown, type: ReadType): unknown {
  switch (type) {
    case 'string':
      return typeof v === 'string' ? v : null;
    case 'number':
      return typeof v === 'number' && Number.isFinite(v) ? v : null;
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v) ? v : null;
    case 'boolean':
      return typeof v === 'boolean' ? v : null;
    case 'object':
      return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : null;
    case 'array':
      return Array.isArray(v) ? v : null;
    case 'string[]':
      return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : null;
    case 'date':
      return typeof v === 'string' ? dayNumber(v) : null;
    case 'any':
      return v === undefined || v === null ? null : v;
  }
}

/** Tùy chọn ngữ cảnh — what the context needs besides the submission. */
export interface RuleContextOptions {
  mode: ReportMode;
  /** The clock: epoch milliseconds. */
  nowMs: number;
}

/**
 * Dựng ngữ cảnh quy tắc — builds `ctx` from the submission and the context tables
 * (the algorithm other languages reimplement; see README "Rule context").
 * @param input - the raw submission (any JSON value)
 * @param tables - `ruleSet.context`
 * @param options - mode and clock
 * @returns the context
 */
export function buildRuleContext(input: unknown, tables: ContextTables, options: RuleContextOptions): RuleContext {
  const obj = input !== null && typeof input === 'object' && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
  const str = (k: string): string | null => (_own(obj, k) && typeof obj[k] === 'string' ? (obj[k] as string) : null);
  const unitId = str('unitId');
  const period = str('period');
  const obligationId = str('obligationId');
  const year = _own(obj, 'year') && typeof obj['year'] === 'number' ? obj['year'] : null;
  const rawIndex = _own(obj, 'periodIndex') ? obj['periodIndex'] : undefined;
  const index = typeof rawIndex === 'number' && Number.isInteger(rawIndex) ? rawIndex : null;
  const unit = unitId === null ? undefined : tables.units.find((u) => u.id === unitId);
  // The report's instance: same period and year; same obligation when it names one;
  // same month or quarter (none when it gives no periodIndex).
  const inPeriod = tables.instances.filter((i) => i.period === period && i.year === year);
  const ofObligation = obligationId === null ? inPeriod : inPeriod.filter((i) => i.obligationId === obligationId);
  const matching = ofObligation.filter((i) => i.index === index);
  const instance = matching.find((i) => unitId !== null && i.owedBy.includes(unitId)) ?? matching[0];
  const obligations = new Set(matching.map((i) => i.obligationId));
  return {
    mode: options.mode,
    today: vnDayNumber(options.nowMs),
    unitKnown: unit !== undefined,
    unitSymbol: unit?.symbol ?? null,
    applicableTasks: unit?.tasks ?? [],
    periodKnown: inPeriod.length > 0,
    obligationKnown: obligationId === null || ofObligation.length > 0,
    indexRequired: index === null && ofObligation.some((i) => i.index !== null),
    indexKnown: index === null || matching.length > 0,
    obligationAmbiguous: obligationId === null && obligations.size > 1,
    instanceKey: instance?.key ?? null,
    obligationId: instance?.obligationId ?? null,
    unitOwes: instance !== undefined && unitId !== null && instance.owedBy.includes(unitId),
    periodStart: instance?.periodStartDay ?? null,
    lateFrom: instance?.lateFromDay ?? null,
  };
}

/**
 * Chạy quy tắc — runs every rule of the mode against the raw submission. Rules
 * read the raw input (typed reads), so each one runs whatever else is broken.
 * @param rules - compiled rules
 * @param input - the raw submission
 * @param ctx - from {@link buildRuleContext}
 * @param lang - message language
 * @returns one issue per failed rule, with `ruleId`
 */
export function runRules(rules: readonly CompiledRule[], input: unknown, ctx: RuleContext, lang: Lang): Array<Issue & { ruleId: string }> {
  const out: Array<Issue & { ruleId: string }> = [];
  const final = ctx.mode === 'final';
  // One data object per call and arity (rules read 1–3 values), its `read` refilled
  // per rule: the logic reads it synchronously and keeps nothing, so no rule sees
  // another's values.
  const datas: Array<{ read: unknown[]; ctx: RuleContext }> = [];
  for (let r = 0; r < rules.length; r++) {
    const c = rules[r]!;
    if (!(final ? c.final : c.draft)) continue;
    const rule = c.rule;
    const skip = rule.missing === 'skip';
    const reads = c.reads;
    const data = (datas[reads.length] ??= { read: new Array<unknown>(reads.length), ctx });
    const read = data.read;
    let missing = false;
    for (let i = 0; i < reads.length; i++) {
      const spec = reads[i]!;
      const v = prepareRead(getByPointer(input, spec.segments), spec.type);
      read[i] = v;
      if (v === null) {
        missing = true;
        // `skip`: the rule passes as soon as one read is missing; no need to read on.
        if (skip) break;
      }
    }
    if (missing && skip) continue;
    if (logicTruthy(c.logic(data))) continue;
    out.push({ code: rule.code, severity: rule.severity, path: rule.blames, message: rule.message[lang], ruleId: rule.id });
  }
  return out;
}
