// Văn bản DOCX từ dữ liệu — the two entry points a form, a CLI or a portal calls: a unit's
// report (only from a report valid in final mode, or any structurally valid one as a draft)
// and the consolidated draft of a period. Errors are values (core's Result), never throws
// for bad input.
import { type Issue, type Lang, type Plan, type Result, readJsonBounded } from '@dvcq/core';
import { type CompiledReport, type ReportIssue, type ReportSubmission, validateReport } from '@dvcq/report';
import { toDocx } from './docx/write';
import { type UnitReportDocumentOptions, unitReportDocument } from './unit-report/unit-report';
import { type ConsolidatedDocumentOptions, consolidatedReportDocument } from './consolidated/consolidated';
import type { ConsolidationInput } from './consolidated/types';

/** Tùy chọn xuất báo cáo đơn vị — options of {@link renderUnitReportDocx}. */
export interface RenderUnitReportOptions extends Omit<UnitReportDocumentOptions, 'plan'> {
  /** The plan, or its `compileReport(plan)` result when rendering many reports. */
  plan: Plan | CompiledReport;
  /** Language of the issues returned (`vi` default). */
  lang?: Lang;
  /** The clock for the final-mode deadline check (default: now). */
  now?: Date | string | number;
}

/**
 * Mã lỗi không cho lập dự thảo — issues that keep even a draft from being written: the input
 * is not a report of this plan's shape, or names a plan, unit or period the plan does not have.
 */
const _BLOCKS_DRAFT = /^(?:input|schema)\.|^report\.(?:plan-mismatch|unit-unknown|period-not-required)$/;

function _planOf(p: Plan | CompiledReport): Plan {
  return (p as CompiledReport).kind === 'dvcq.compiled-report' ? (p as CompiledReport).plan : (p as Plan);
}

/**
 * Báo cáo của đơn vị (DOCX) — checks a report and writes the unit's "Báo cáo" as DOCX per
 * Nghị định 30/2020/NĐ-CP. Without `draft` the report must be valid in final mode (complete,
 * checked against the deadline; warnings such as a late report are returned beside the file);
 * with `draft` any structurally valid report of the plan is written, marked "DỰ THẢO".
 * @param input - the submission (parsed JSON or JSON text)
 * @param options - plan, draft, archive, lang, now
 * @returns `{ ok: true, value: bytes, issues }` or `{ ok: false, issues }`
 */
export async function renderUnitReportDocx(input: unknown, options: RenderUnitReportOptions): Promise<Result<Uint8Array, ReportIssue>> {
  const draft = options.draft === true;
  const checked = validateReport(input, {
    plan: options.plan,
    mode: draft ? 'draft' : 'final',
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.now !== undefined ? { now: options.now } : {}),
  });
  const blocking = draft ? checked.issues.filter((i) => i.severity === 'error' && _BLOCKS_DRAFT.test(i.code)) : checked.ok ? [] : checked.issues;
  if (blocking.length > 0) return { ok: false, issues: checked.issues };
  let report = checked.value;
  if (!report) {
    // A draft with rule errors (not structural ones): the input has the report's shape.
    const parsed = typeof input === 'string' ? readJsonBounded(input, { domain: 'input' }) : { ok: true as const, value: input };
    if (!parsed.ok) return { ok: false, issues: checked.issues };
    report = parsed.value as ReportSubmission;
  }
  const { plan: _p, lang: _l, now: _n, ...rest } = options;
  const bytes = await toDocx(unitReportDocument(report, { ...rest, plan: _planOf(options.plan) }));
  return { ok: true, value: bytes, issues: checked.issues };
}

/**
 * Dự thảo báo cáo tổng hợp (DOCX) — writes the consolidated draft of one period from an
 * aggregation (`aggregate(...)` of `@dvcq/aggregate`).
 * @param aggregation - the consolidation of the period
 * @param options - plan, number, date, signer, recipients, archive
 * @returns `{ ok: true, value: bytes, issues: [] }`, or `{ ok: false, issues }` with
 *   `documents.plan-mismatch` / `documents.no-obligation`
 */
export async function renderConsolidatedDocx(aggregation: ConsolidationInput, options: ConsolidatedDocumentOptions): Promise<Result<Uint8Array>> {
  const issues: Issue[] = [];
  if (aggregation.planId !== options.plan.id) {
    issues.push({
      code: 'documents.plan-mismatch',
      severity: 'error',
      path: '/planId',
      message: `Dữ liệu tổng hợp thuộc kế hoạch "${aggregation.planId}", không phải "${options.plan.id}".`,
    });
  } else if (!aggregation.obligation || !options.plan.obligations.some((o) => o.id === aggregation.obligation!.id)) {
    issues.push({
      code: 'documents.no-obligation',
      severity: 'error',
      path: '/obligation',
      message: `Kế hoạch không quy định báo cáo cho kỳ ${aggregation.period} năm ${aggregation.year}: không có gì để tổng hợp.`,
    });
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: await toDocx(consolidatedReportDocument(aggregation, options)), issues };
}
