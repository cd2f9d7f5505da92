// The rule builder with the message catalogues passed in (none imported here), so a
// Vietnamese page does not load the English catalogue; `buildRules` (./build-rules)
// is this with both.
import { type Indicator, type Plan, type Obligation, allTasks, expandUnitIds, findUnit, tasksForUnit } from '@dvcq/core';
import { deadlineOf } from '@dvcq/calendar';
import type { IssueCode, MessageParams, ReportCatalogue } from '../locales/codes';
import { STRUCTURAL_CODES } from '../validate/structural-codes';
import { TEXT_CHECKS } from '../text/text-checks';
import type { JsonLogic } from './logic';
import type { ContextObligation, ContextUnit, ReportMode, Rule, RuleRead, RuleSet } from './rule';
import { _isoOfDay, dayNumber } from './days';

const BOTH: ReportMode[] = ['draft', 'final'];
const FINAL: ReportMode[] = ['final'];

const r = (i: number): JsonLogic => ({ var: `read.${i}` });
const ctx = (name: string): JsonLogic => ({ var: `ctx.${name}` });
const _esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

const _PERIOD_VI: Record<string, string> = { monthly: 'tháng', quarterly: 'quý', semiannual: '6 tháng', 'nine-month': '9 tháng', annual: 'năm' };
const _PERIOD_EN: Record<string, string> = { monthly: 'monthly', quarterly: 'quarterly', semiannual: 'six-month', 'nine-month': 'nine-month', annual: 'annual' };

/**
 * Bộ thông điệp của bộ quy tắc — the catalogues rule messages are written from:
 * Vietnamese always, English when given (a browser page may load English on demand).
 */
export interface ReportLocales {
  readonly vi: ReportCatalogue;
  readonly en?: ReportCatalogue;
}

/** Builds one rule; the message comes from the catalogue so rules.json and validateReport say the same. */
function _rule(
  L: ReportLocales,
  code: IssueCode,
  about: string | undefined,
  spec: { severity: 'error' | 'warning'; modes: ReportMode[]; reads: RuleRead[]; blames: string; missing: 'skip' | 'evaluate'; logic: JsonLogic; params?: MessageParams },
): Rule {
  const params = spec.params ?? {};
  return {
    id: about === undefined ? code : `${code}:${about}`,
    code,
    severity: spec.severity,
    modes: spec.modes,
    reads: spec.reads,
    blames: spec.blames,
    missing: spec.missing,
    // Without an English catalogue the English message is empty (see buildRulesWith).
    message: { vi: L.vi.messages[code](params), en: L.en ? L.en.messages[code](params) : '' },
    logic: spec.logic,
  };
}

function _unitNames(plan: Plan, ids: readonly string[], lang: 'vi' | 'en'): string {
  return ids.map((id) => { const u = findUnit(plan, id); return u ? (lang === 'vi' ? u.shortName ?? u.name.vi : u.name.en) : id; }).join(lang === 'vi' ? ' hoặc ' : ' or ');
}

function _contextObligation(plan: Plan, o: Obligation): ContextObligation {
  const periodStart = o.dataWindow?.from ?? `${o.year}-01-01`;
  // The calendar owns the reading of "trước ngày X" (docs/domain.md#deadlines: literal by default).
  const d = deadlineOf(o);
  const lateFromDay = dayNumber(d.lastDay)! + 1;
  return {
    id: o.id,
    period: o.period,
    year: o.year,
    owedBy: expandUnitIds(plan, o.owedBy),
    periodStart,
    periodStartDay: dayNumber(periodStart)!,
    deadline: { date: d.date, semantics: d.semantics },
    lateFrom: _isoOfDay(lateFromDay),
    lateFromDay,
  };
}

/**
 * Dựng bộ quy tắc với bộ thông điệp cho trước — `buildRules` with the message
 * catalogues given: the same rules, with English messages only when `locales.en` is
 * given (else `message.en` is empty). For a browser page that ships Vietnamese first
 * and loads English on demand; everything else (ids, codes, logic) is identical.
 * @param plan - a loaded plan
 * @param locales - `{ vi }` or `{ vi, en }`
 * @returns the rule set
 */
export function buildRulesWith(plan: Plan, locales: ReportLocales): RuleSet {
  const L = locales;
  const rules: Rule[] = [];
  const units: ContextUnit[] = plan.orgUnits.map((u) => ({ id: u.id, symbol: u.symbol ?? null, tasks: tasksForUnit(plan, u.id).map((t) => t.id) }));
  const obligations = plan.obligations.map((o) => _contextObligation(plan, o));

  // --- identity of the report ---
  rules.push(
    _rule(L, 'report.plan-mismatch', undefined, {
      severity: 'error', modes: BOTH, reads: [{ pointer: '/planId', type: 'string' }], blames: '/planId', missing: 'skip',
      logic: { '===': [r(0), plan.id] }, params: { planId: plan.id },
    }),
    _rule(L, 'report.unit-unknown', undefined, {
      severity: 'error', modes: BOTH, reads: [{ pointer: '/unitId', type: 'string' }], blames: '/unitId', missing: 'skip',
      logic: ctx('unitKnown'),
    }),
    _rule(L, 'report.period-not-required', undefined, {
      severity: 'error', modes: BOTH, reads: [{ pointer: '/period', type: 'string' }, { pointer: '/year', type: 'integer' }], blames: '/period', missing: 'skip',
      logic: ctx('periodKnown'),
    }),
    _rule(L, 'report.unit-not-obliged', undefined, {
      severity: 'warning', modes: BOTH, reads: [{ pointer: '/unitId', type: 'string' }, { pointer: '/period', type: 'string' }, { pointer: '/year', type: 'integer' }], blames: '/unitId', missing: 'skip',
      logic: { or: [{ '!': ctx('unitKnown') }, { '!': ctx('periodKnown') }, ctx('unitOwes')] },
    }),
  );
  // Lateness: judged on `now` (the submission instant) against the deadline instant
  // computed by @dvcq/calendar; a warning, never a silent acceptance (docs/domain.md#time-terms).
  for (const o of obligations)
    rules.push(
      _rule(L, 'report.late', o.id, {
        severity: 'warning', modes: FINAL, reads: [{ pointer: '/period', type: 'string' }, { pointer: '/year', type: 'integer' }], blames: '', missing: 'skip',
        logic: { or: [{ '!==': [r(0), o.period] }, { '!==': [r(1), o.year] }, { '<': [ctx('today'), o.lateFromDay] }] },
        params: { deadline: plan.obligations.find((x) => x.id === o.id)!.deadline.text, deadlineEn: `before ${o.lateFrom} 00:00 (UTC+7)` },
      }),
    );

  // --- the report's document data (Nghị định 30/2020/NĐ-CP) ---
  const required: Array<[string, string, RuleRead['type'], 'error' | 'warning']> = [
    ['/document/number', 'Số, ký hiệu văn bản|Number and symbol', 'any', 'error'],
    ['/document/date', 'Ngày ban hành|Date of issue', 'any', 'error'],
    ['/document/place', 'Địa danh|Place name', 'any', 'error'],
    ['/document/signer/authority', 'Thẩm quyền ký|Signing authority', 'any', 'error'],
    ['/document/signer/position', 'Chức vụ người ký|Signer\'s position', 'any', 'error'],
    ['/document/signer/name', 'Họ tên người ký|Signer\'s name', 'any', 'error'],
    ['/document/recipients', 'Nơi nhận|Recipients', 'any', 'error'],
    ['/nextDirections', 'Phương hướng, nhiệm vụ kỳ tới|Directions for the next period', 'any', 'warning'],
  ];
  for (const [pointer, label, type, severity] of required) {
    const [lv, le] = label.split('|') as [string, string];
    rules.push(
      _rule(L, 'final.missing-field', pointer, {
        severity, modes: FINAL, reads: [{ pointer, type }], blames: pointer, missing: 'evaluate',
        logic: { '!==': [r(0), null] }, params: { label: lv, labelEn: le },
      }),
    );
  }
  rules.push(
    // Nghị định 30/2020, Phụ lục I: the symbol names the issuing agency after the type code.
    // Appending "-" to both sides makes "/BC-SNV-" match "…/BC-SNV" and "…/BC-SNV-VP"
    // but not "…/BC-SNVX" (JSON Logic has no regex; the shape is a text check).
    _rule(L, 'document.number-agency', undefined, {
      severity: 'error', modes: BOTH, reads: [{ pointer: '/document/number', type: 'string' }], blames: '/document/number', missing: 'skip',
      logic: { or: [{ '===': [ctx('unitSymbol'), null] }, { '!': { in: ['/BC-', r(0)] } }, { in: [{ cat: ['/BC-', ctx('unitSymbol'), '-'] }, { cat: [r(0), '-'] }] }] },
    }),
    _rule(L, 'document.date-invalid', undefined, {
      severity: 'error', modes: BOTH, reads: [{ pointer: '/document/date', type: 'string' }, { pointer: '/document/date', type: 'date' }], blames: '/document/date', missing: 'evaluate',
      logic: { or: [{ '===': [r(0), null] }, { '!==': [r(1), null] }] },
    }),
    _rule(L, 'document.date-before-period', undefined, {
      severity: 'error', modes: BOTH, reads: [{ pointer: '/document/date', type: 'date' }], blames: '/document/date', missing: 'skip',
      logic: { or: [{ '===': [ctx('periodStart'), null] }, { '>=': [r(0), ctx('periodStart')] }] },
    }),
    _rule(L, 'document.date-in-future', undefined, {
      severity: 'error', modes: BOTH, reads: [{ pointer: '/document/date', type: 'date' }], blames: '/document/date', missing: 'skip',
      logic: { '<=': [r(0), ctx('today')] },
    }),
    _rule(L, 'document.recipient-unknown', undefined, {
      severity: 'error', modes: BOTH, reads: [{ pointer: '/document/recipients', type: 'string[]' }], blames: '/document/recipients', missing: 'skip',
      logic: { none: [r(0), { '!': { in: [{ var: '' }, [...plan.orgUnits.map((u) => u.id), ...plan.unitGroups.map((g) => g.id)]] } }] },
    }),
  );
  // Recipients come from the obligation (plan III.1): the addressee or the body it goes
  // through, and every body that gets a copy. Nothing is hard-coded.
  for (const o of plan.obligations) {
    const guard: JsonLogic[] = [{ '!==': [r(1), o.period] }, { '!==': [r(2), o.year] }];
    const reads: RuleRead[] = [{ pointer: '/document/recipients', type: 'string[]' }, { pointer: '/period', type: 'string' }, { pointer: '/year', type: 'integer' }];
    const to = o.via !== undefined ? [o.recipient, o.via] : [o.recipient];
    rules.push(
      _rule(L, 'document.recipient-missing', o.id, {
        severity: 'error', modes: BOTH, reads, blames: '/document/recipients', missing: 'skip',
        logic: { or: [...guard, ...to.map((id): JsonLogic => ({ in: [id, r(0)] }))] },
        params: { names: _unitNames(plan, to, 'vi'), namesEn: _unitNames(plan, to, 'en'), source: o.source },
      }),
    );
    for (const c of o.copies)
      rules.push(
        _rule(L, 'document.copy-missing', `${o.id}:${c}`, {
          severity: 'error', modes: BOTH, reads, blames: '/document/recipients', missing: 'skip',
          logic: { or: [...guard, { in: [c, r(0)] }] },
          params: { names: _unitNames(plan, [c], 'vi'), namesEn: _unitNames(plan, [c], 'en'), source: o.source },
        }),
      );
  }

  // --- signer (Nghị định 30/2020, Điều 13 and Phụ lục I, mục II.8) ---
  const auth = { pointer: '/document/signer/authority', type: 'string' } as const;
  rules.push(
    _rule(L, 'signer.on-behalf-required', undefined, {
      severity: 'error', modes: BOTH, reads: [auth, { pointer: '/document/signer/onBehalfOf', type: 'string' }], blames: '/document/signer/onBehalfOf', missing: 'evaluate',
      logic: { or: [{ '!': { in: [r(0), ['TM.', 'KT.', 'TL.', 'TUQ.', 'Q.']] } }, { '!==': [r(1), null] }] },
    }),
    _rule(L, 'signer.on-behalf-unexpected', undefined, {
      severity: 'warning', modes: BOTH, reads: [auth, { pointer: '/document/signer/onBehalfOf', type: 'string' }], blames: '/document/signer/onBehalfOf', missing: 'skip',
      logic: { '!==': [r(0), 'none'] },
    }),
    _rule(L, 'signer.kt-deputy', undefined, {
      severity: 'warning', modes: BOTH, reads: [auth, { pointer: '/document/signer/position', type: 'string' }], blames: '/document/signer/position', missing: 'skip',
      logic: { or: [{ '!==': [r(0), 'KT.'] }, { in: ['PHÓ', r(1)] }, { in: ['Phó', r(1)] }, { in: ['phó', r(1)] }] },
    }),
  );

  // --- tasks: one entry per task that applies to the unit ---
  for (const t of allTasks(plan)) {
    const base = `/tasks/${_esc(t.id)}`;
    const status = { pointer: `${base}/status`, type: 'string' } as const;
    const p = { task: t.id };
    rules.push(
      _rule(L, 'task.results-required', t.id, {
        severity: 'error', modes: FINAL, reads: [status, { pointer: `${base}/results`, type: 'string' }], blames: `${base}/results`, missing: 'evaluate',
        logic: { or: [{ '!': { in: [r(0), ['done', 'in-progress']] } }, { '!==': [r(1), null] }] }, params: p,
      }),
      _rule(L, 'task.reason-required', t.id, {
        severity: 'error', modes: FINAL, reads: [status, { pointer: `${base}/reason`, type: 'string' }], blames: `${base}/reason`, missing: 'evaluate',
        logic: { or: [{ '!': { in: [r(0), ['not-started', 'not-applicable']] } }, { '!==': [r(1), null] }] }, params: p,
      }),
      // A task that does not apply to the unit is hidden in the form and never required
      // (known traps, docs/architecture.md: hapi-fhir #1042, lforms #192).
      _rule(L, 'task.missing', t.id, {
        severity: 'error', modes: FINAL, reads: [{ pointer: `${base}/status`, type: 'any' }], blames: `${base}/status`, missing: 'evaluate',
        logic: { or: [{ '!': { in: [t.id, ctx('applicableTasks')] } }, { '!==': [r(0), null] }] }, params: p,
      }),
      _rule(L, 'task.not-assigned', t.id, {
        severity: 'warning', modes: BOTH, reads: [{ pointer: base, type: 'object' }], blames: base, missing: 'skip',
        logic: { or: [{ '!': ctx('unitKnown') }, { in: [t.id, ctx('applicableTasks')] }] }, params: p,
      }),
    );
  }

  // --- indicators (catalogue in the plan file) ---
  const byId = new Map<string, Indicator>(plan.indicators.map((i) => [i.id, i]));
  for (const ind of plan.indicators) {
    const ptr = `/indicators/${_esc(ind.id)}`;
    const names = { indicator: ind.label.vi, indicatorEn: ind.label.en };
    const total = ind.partOf !== undefined ? byId.get(ind.partOf) : undefined;
    if (total)
      rules.push(
        _rule(L, 'indicator.part-exceeds-total', ind.id, {
          severity: 'error', modes: BOTH, reads: [{ pointer: ptr, type: 'number' }, { pointer: `/indicators/${_esc(total.id)}`, type: 'number' }], blames: ptr, missing: 'skip',
          logic: { '<=': [r(0), r(1)] }, params: { part: ind.label.vi, partEn: ind.label.en, total: total.label.vi, totalEn: total.label.en },
        }),
      );
    if (ind.type === 'percent')
      rules.push(
        _rule(L, 'indicator.percent-range', ind.id, {
          severity: 'error', modes: BOTH, reads: [{ pointer: ptr, type: 'number' }], blames: ptr, missing: 'skip',
          logic: { '<=': [0, r(0), 100] }, params: names,
        }),
      );
    if (ind.periods !== undefined)
      rules.push(
        _rule(L, 'indicator.not-in-period', ind.id, {
          severity: 'error', modes: BOTH, reads: [{ pointer: ptr, type: 'any' }, { pointer: '/period', type: 'string' }], blames: ptr, missing: 'skip',
          logic: { in: [r(1), [...ind.periods]] },
          params: { ...names, periods: ind.periods.map((x) => _PERIOD_VI[x] ?? x).join(', '), periodsEn: ind.periods.map((x) => _PERIOD_EN[x] ?? x).join(', ') },
        }),
      );
    // Only what the plan itself asks for is required, only from units that carry the
    // measured task, and only in the periods it is asked in; kit suggestions stay optional.
    if (ind.mandatedBy === 'plan')
      rules.push(
        _rule(L, 'indicator.missing', ind.id, {
          severity: 'error', modes: FINAL, reads: [{ pointer: ptr, type: 'any' }, { pointer: '/period', type: 'string' }], blames: ptr, missing: 'evaluate',
          logic: {
            or: [
              { '!': { in: [ind.task, ctx('applicableTasks')] } },
              ...(ind.periods !== undefined ? [{ '!': { in: [r(1), [...ind.periods]] } } as JsonLogic] : []),
              { '!==': [r(0), null] },
            ],
          },
          params: names,
        }),
      );
  }

  return {
    format: 'dvcq-rules/1',
    planId: plan.id,
    context: { utcOffsetMinutes: 420, units, obligations },
    rules,
    textChecks: TEXT_CHECKS.map((c) => ({ ...c })),
    structuralCodes: { ...STRUCTURAL_CODES },
  };
}
