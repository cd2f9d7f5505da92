import {
  type Indicator,
  type Lang,
  type LocalizedText,
  type Obligation,
  type OrgUnitKind,
  type Plan,
  contentAreas,
  expandUnitIds,
  isUnitValidOn,
} from '@dvcq/core';
import { STATUS_LABELS, deadlineOf, formatInstant, parseInstant, statusOf } from '@dvcq/calendar';

/** Tình trạng thực hiện nhiệm vụ — the task statuses a report gives (as in `@dvcq/report`). */
export const AGGREGATE_TASK_STATUSES = ['done', 'in-progress', 'not-started', 'not-applicable'] as const;

/**
 * Tình trạng nộp của đơn vị — the calendar's status for one unit (the words of
 * `@dvcq/calendar`, never overloaded): `on-time` (nộp đúng hạn), `late` (nộp trễ
 * hạn), `overdue` (quá hạn, chưa nộp — "missing"), `open` (đang trong hạn, chưa nộp),
 * `upcoming` (chưa đến kỳ).
 */
export type UnitReportState = 'on-time' | 'late' | 'overdue' | 'open' | 'upcoming';

/**
 * Báo cáo đưa vào tổng hợp — one input of {@link aggregate}: a stored record
 * (`{ report, receivedAt, id, replaces }`, as a {@link ReportStore} returns) or
 * a bare submission (a JSON file). Without `receivedAt` the report's own
 * document date is taken as its submission day — say so to users (`timingBasis`).
 */
export type AggregateInput =
  | Record<string, unknown>
  | {
      report: Record<string, unknown>;
      receivedAt?: string;
      id?: string;
      replaces?: string;
      replacedBy?: string;
      /** Where it came from (a file path), shown in `ignored`. */
      source?: string;
    };

/** Tùy chọn tổng hợp — options of {@link aggregate}. */
export interface AggregateOptions {
  plan: Plan;
  /** Kỳ báo cáo — e.g. `semiannual`, `annual`. */
  period: string;
  year: number;
  /** Thời điểm tính tình trạng — the instant statuses are computed at (default: now). */
  now?: Date | string;
  /** Language of the compiled texts (`vi` default). */
  lang?: Lang;
}

/** Dòng đơn vị — one unit's line in the consolidation. */
export interface UnitRow {
  unitId: string;
  name: LocalizedText;
  kind: OrgUnitKind | 'unknown';
  /** `true` when the plan's obligation names the unit; `false` for a report from a unit that owes none. */
  owes: boolean;
  state: UnitReportState;
  /** Thời điểm nộp tính hạn — the first submission of the chain (ISO `+07:00`). */
  submittedAt?: string;
  /** `received`: the server's receipt time; `document-date`: the report's own date (files). */
  timingBasis?: 'received' | 'document-date';
  /** Báo cáo đang dùng — the id / document number of the report counted (the latest correction). */
  reportId?: string;
  documentNumber?: string;
  /** How many reports of this unit for the period were seen (corrections and re-sends included). */
  reportsSeen: number;
}

/** Tổng theo nhóm — a total over a group of units. */
export interface IndicatorGroupTotal {
  /** Sum for counts; `null` for percentages (a sum of rates means nothing). */
  total: number | null;
  /** Mean for percentages (unweighted over units); `null` for counts. */
  mean: number | null;
  /** Units that gave a value. */
  reported: number;
}

/** Dòng chỉ tiêu — one indicator consolidated. */
export interface IndicatorRow extends IndicatorGroupTotal {
  id: string;
  label: LocalizedText;
  unit?: LocalizedText;
  type: 'count' | 'percent';
  task: string;
  /** Nội dung — the content area of the task it measures, e.g. `II.5`. */
  areaId: string;
  mandatedBy: 'plan' | 'kit';
  min: number | null;
  max: number | null;
  /** Totals by kind of unit (Sở, ban, ngành vs UBND huyện …). */
  byKind: Partial<Record<OrgUnitKind | 'unknown', IndicatorGroupTotal>>;
  /** The value each unit gave. */
  byUnit: Record<string, number>;
}

/** Tổng theo nội dung — indicator totals grouped by content area. */
export interface AreaRow {
  areaId: string;
  title: LocalizedText;
  /** Ids of the indicators measuring the area's tasks (their totals are in `Aggregation.indicators`). */
  indicators: string[];
  /** Ids of the area's tasks. */
  tasks: string[];
}

/** Kết quả một đơn vị cho một nhiệm vụ — one unit's answer to one task. */
export interface TaskAnswer {
  unitId: string;
  unitName: string;
  status: (typeof AGGREGATE_TASK_STATUSES)[number] | 'no-answer';
  results?: string;
  reason?: string;
}

/** Dòng nhiệm vụ — one task consolidated. */
export interface TaskRow {
  taskId: string;
  areaId: string;
  counts: Record<(typeof AGGREGATE_TASK_STATUSES)[number] | 'no-answer', number>;
  answers: TaskAnswer[];
  /** Văn bản tổng hợp — the results compiled, one paragraph per unit, each unit named. */
  compiled: string;
}

/** Báo cáo bị bỏ qua — an input not counted, and why (stable code). */
export interface IgnoredInput {
  ref: string;
  code: 'other-plan' | 'other-period' | 'not-an-object' | 'superseded' | 'unknown-unit';
}

/** Kết quả tổng hợp — the consolidation the Sở Nội vụ sends to the UBND tỉnh (plan III.2). */
export interface Aggregation {
  planId: string;
  period: string;
  year: number;
  /** Thời điểm tính — statuses are as of this instant (ISO `+07:00`). */
  asOf: string;
  obligation: {
    id: string;
    title: LocalizedText;
    deadline: { date: string; semantics: 'before' | 'inclusive'; lastDay: string; instant: string; reading: LocalizedText; text?: string };
  } | null;
  summary: {
    /** Units that owe the report. */
    owed: number;
    submitted: number;
    onTime: number;
    late: number;
    /** Quá hạn chưa nộp — owed, deadline passed, nothing received. */
    missing: number;
    /** Chưa nộp nhưng chưa đến hạn — owed, deadline not reached. */
    pending: number;
    /** Tỷ lệ đầy đủ — submitted ÷ owed (0–1; 1 when nothing is owed). */
    completeness: number;
    /** Tỷ lệ đúng hạn — on time ÷ submitted (0–1; `null` when nothing was submitted). */
    timeliness: number | null;
  };
  units: UnitRow[];
  areas: AreaRow[];
  indicators: IndicatorRow[];
  tasks: TaskRow[];
  ignored: IgnoredInput[];
  /** Tên tình trạng — labels of the states, for display. */
  stateLabels: Record<UnitReportState, LocalizedText>;
}

interface _Entry {
  ref: string;
  report: Record<string, unknown>;
  receivedMs?: number;
  docMs?: number;
  id?: string;
  replaces?: string;
  replacedBy?: string;
  order: number;
}

const _isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const _own = (o: Record<string, unknown>, k: string): unknown => (Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined);

/**
 * Tổng hợp báo cáo — consolidates the reports of one period (plan III.2: the Sở
 * Nội vụ "tổng hợp, báo cáo Ủy ban nhân dân tỉnh"): per unit whether it submitted,
 * on time or late, or is missing (from `@dvcq/calendar`); per indicator the totals,
 * by content area and by kind of unit; per task the status counts and the results
 * text compiled with each unit named.
 *
 * Inputs are taken as already validated (`validateReport`): malformed values are
 * skipped field by field, never thrown on. When a unit sent several reports, the
 * latest correction is counted and timeliness is judged by the first one sent
 * (a correction does not make an on-time report late).
 * @param submissions - stored records or bare submissions, any order
 * @param options - plan, period, year, `now`, `lang`
 * @returns the consolidation
 */
export function aggregate(submissions: Iterable<AggregateInput>, options: AggregateOptions): Aggregation {
  const { plan, period, year } = options;
  const lang: Lang = options.lang ?? 'vi';
  const nowMs = options.now === undefined ? Date.now() : _toMs(options.now) ?? Date.now();
  const obligation: Obligation | undefined = plan.obligations.find((o) => o.period === period && o.year === year);
  const deadline = obligation ? deadlineOf(obligation) : undefined;
  const unitsById = new Map(plan.orgUnits.map((u) => [u.id, u]));

  // 1. Keep this plan/period/year; resolve corrections.
  const ignored: IgnoredInput[] = [];
  const entries: _Entry[] = [];
  let order = 0;
  for (const input of submissions) {
    order++;
    const wrapped = _isObj(input) && _isObj(_own(input, 'report'));
    const report = (wrapped ? _own(input, 'report') : input) as unknown;
    const meta = (wrapped ? input : {}) as Record<string, unknown>;
    const ref = typeof meta.source === 'string' ? meta.source : typeof meta.id === 'string' ? meta.id : `#${order}`;
    if (!_isObj(report)) {
      ignored.push({ ref, code: 'not-an-object' });
      continue;
    }
    if (_own(report, 'planId') !== plan.id) {
      ignored.push({ ref, code: 'other-plan' });
      continue;
    }
    if (_own(report, 'period') !== period || _own(report, 'year') !== year) {
      ignored.push({ ref, code: 'other-period' });
      continue;
    }
    const unitId = _own(report, 'unitId');
    if (typeof unitId !== 'string' || !unitsById.has(unitId)) {
      ignored.push({ ref, code: 'unknown-unit' });
      continue;
    }
    const doc = _own(report, 'document');
    const docDate = _isObj(doc) ? _own(doc, 'date') : undefined;
    const e: _Entry = { ref, report, order };
    const rec = typeof meta.receivedAt === 'string' ? _toMs(meta.receivedAt) : undefined;
    if (rec !== undefined) e.receivedMs = rec;
    const dms = typeof docDate === 'string' ? _toMs(docDate) : undefined;
    if (dms !== undefined) e.docMs = dms;
    if (typeof meta.id === 'string') e.id = meta.id;
    if (typeof meta.replaces === 'string') e.replaces = meta.replaces;
    if (typeof meta.replacedBy === 'string') e.replacedBy = meta.replacedBy;
    entries.push(e);
  }
  const replacedIds = new Set<string>();
  for (const e of entries) if (e.replaces !== undefined) replacedIds.add(e.replaces);

  // 2. Per unit: the first report sent (timeliness) and the current one (content).
  const byUnit = new Map<string, { first: _Entry; current: _Entry; seen: number }>();
  const when = (e: _Entry) => e.receivedMs ?? e.docMs ?? Number.POSITIVE_INFINITY;
  for (const e of entries) {
    const unitId = e.report.unitId as string;
    const superseded = e.replacedBy !== undefined || (e.id !== undefined && replacedIds.has(e.id));
    const slot = byUnit.get(unitId);
    if (slot === undefined) {
      byUnit.set(unitId, { first: e, current: e, seen: 1 });
      if (superseded) ignored.push({ ref: e.ref, code: 'superseded' });
      continue;
    }
    slot.seen++;
    if (when(e) < when(slot.first) || (when(e) === when(slot.first) && e.order < slot.first.order)) slot.first = e;
    const curSuperseded = slot.current.replacedBy !== undefined || (slot.current.id !== undefined && replacedIds.has(slot.current.id));
    const newer = when(e) > when(slot.current) || (when(e) === when(slot.current) && e.order > slot.current.order);
    if ((curSuperseded && !superseded) || (curSuperseded === superseded && newer)) {
      ignored.push({ ref: slot.current.ref, code: 'superseded' });
      slot.current = e;
    } else ignored.push({ ref: e.ref, code: 'superseded' });
  }

  // 3. Units: those the obligation names and that existed on its last day, then any other sender.
  const owing: string[] = [];
  if (obligation && deadline) {
    for (const id of expandUnitIds(plan, obligation.owedBy)) {
      const u = unitsById.get(id);
      if (u && isUnitValidOn(u, deadline.lastDay)) owing.push(id);
    }
  }
  const owingSet = new Set(owing);
  const unitIds = [...owing, ...[...byUnit.keys()].filter((id) => !owingSet.has(id))];
  const base = obligation ? statusOf(obligation, new Date(nowMs)) : undefined;
  const units: UnitRow[] = [];
  const summary = { owed: owing.length, submitted: 0, onTime: 0, late: 0, missing: 0, pending: 0, completeness: 1, timeliness: null as number | null };
  for (const unitId of unitIds) {
    const u = unitsById.get(unitId);
    const slot = byUnit.get(unitId);
    const row: UnitRow = {
      unitId,
      name: u ? { vi: u.name.vi, en: u.name.en } : { vi: unitId, en: unitId },
      kind: u?.kind ?? 'unknown',
      owes: owingSet.has(unitId),
      state: base?.status === 'upcoming' ? 'upcoming' : base?.status === 'open' ? 'open' : 'overdue',
      reportsSeen: slot?.seen ?? 0,
    };
    if (!obligation) row.state = 'upcoming';
    if (slot) {
      const t = when(slot.first);
      const submittedMs = Number.isFinite(t) ? t : undefined;
      row.reportId = slot.current.id ?? slot.current.ref;
      const doc = slot.current.report.document;
      if (_isObj(doc) && typeof doc.number === 'string') row.documentNumber = doc.number;
      if (submittedMs !== undefined && submittedMs <= nowMs) {
        row.submittedAt = formatInstant(submittedMs);
        row.timingBasis = slot.first.receivedMs !== undefined ? 'received' : 'document-date';
        row.state = deadline !== undefined && submittedMs >= deadline.epochMs ? 'late' : 'on-time';
      } else if (submittedMs === undefined) {
        // No time known at all (neither receipt nor document date): counted as
        // submitted, judged on time only if the deadline has not passed yet.
        row.state = deadline !== undefined && nowMs >= deadline.epochMs ? 'late' : 'on-time';
      }
    }
    if (row.owes) {
      if (row.state === 'on-time') (summary.submitted++, summary.onTime++);
      else if (row.state === 'late') (summary.submitted++, summary.late++);
      else if (row.state === 'overdue') summary.missing++;
      else summary.pending++;
    }
    units.push(row);
  }
  summary.completeness = summary.owed === 0 ? 1 : summary.submitted / summary.owed;
  summary.timeliness = summary.submitted === 0 ? null : summary.onTime / summary.submitted;

  // 4. Indicators and tasks over the current report of every unit.
  const areaOfTask = new Map<string, string>();
  const areas: AreaRow[] = [];
  for (const a of contentAreas(plan)) {
    for (const t of a.tasks) areaOfTask.set(t.id, a.id);
    areas.push({ areaId: a.id, title: { vi: a.title.vi, en: a.title.en }, indicators: [], tasks: a.tasks.map((t) => t.id) });
  }
  const areaById = new Map(areas.map((a) => [a.areaId, a]));
  const wantedIndicators = plan.indicators.filter((i) => i.periods === undefined || (i.periods as readonly string[]).includes(period));
  const indicatorRows = new Map<string, { row: IndicatorRow; sums: Map<string, { s: number; n: number }> }>();
  for (const ind of wantedIndicators) {
    const areaId = areaOfTask.get(ind.task) ?? '';
    areaById.get(areaId)?.indicators.push(ind.id);
    indicatorRows.set(ind.id, { row: _emptyIndicator(ind, areaId), sums: new Map() });
  }
  const taskIds = [...areaOfTask.keys()];
  const taskAcc = new Map<string, TaskRow>();
  for (const id of taskIds) {
    taskAcc.set(id, {
      taskId: id,
      areaId: areaOfTask.get(id)!,
      counts: { done: 0, 'in-progress': 0, 'not-started': 0, 'not-applicable': 0, 'no-answer': 0 },
      answers: [],
      compiled: '',
    });
  }
  const unitsOfTask = _unitsByTask(plan);

  for (const row of units) {
    const slot = byUnit.get(row.unitId);
    if (!slot) continue;
    const rep = slot.current.report;
    const unitName = lang === 'en' ? row.name.en : row.name.vi;
    const inds = _isObj(rep.indicators) ? rep.indicators : undefined;
    if (inds) {
      for (const [id, acc] of indicatorRows) {
        const v = _own(inds, id);
        if (typeof v !== 'number' || !Number.isFinite(v)) continue;
        const r = acc.row;
        r.byUnit[row.unitId] = v;
        r.reported++;
        r.min = r.min === null ? v : Math.min(r.min, v);
        r.max = r.max === null ? v : Math.max(r.max, v);
        const k = acc.sums.get(row.kind) ?? { s: 0, n: 0 };
        k.s += v;
        k.n++;
        acc.sums.set(row.kind, k);
        if (r.type === 'count') r.total = (r.total ?? 0) + v;
        else r.mean = (r.mean ?? 0) + v; // sum for now, divided below
      }
    }
    const tasks = _isObj(rep.tasks) ? rep.tasks : undefined;
    for (const taskId of taskIds) {
      const entry = tasks ? _own(tasks, taskId) : undefined;
      const acc = taskAcc.get(taskId)!;
      if (!_isObj(entry)) {
        // A task that does not apply to the unit and was not answered is not a gap.
        if (unitsOfTask.get(taskId)?.has(row.unitId)) {
          acc.counts['no-answer']++;
          acc.answers.push({ unitId: row.unitId, unitName, status: 'no-answer' });
        }
        continue;
      }
      const st = entry.status;
      const status = (AGGREGATE_TASK_STATUSES as readonly unknown[]).includes(st) ? (st as TaskAnswer['status']) : 'no-answer';
      acc.counts[status]++;
      const ans: TaskAnswer = { unitId: row.unitId, unitName, status };
      if (typeof entry.results === 'string') ans.results = entry.results;
      if (typeof entry.reason === 'string') ans.reason = entry.reason;
      acc.answers.push(ans);
    }
  }
  for (const { row, sums } of indicatorRows.values()) {
    if (row.type === 'percent' && row.mean !== null) row.mean = _round(row.mean / row.reported);
    for (const [kind, { s, n }] of sums) {
      row.byKind[kind as OrgUnitKind] =
        row.type === 'count' ? { total: s, mean: null, reported: n } : { total: null, mean: _round(s / n), reported: n };
    }
  }
  const statusWord = _statusWords(lang);
  const tasks = [...taskAcc.values()];
  for (const t of tasks) {
    const parts: string[] = [];
    for (const a of t.answers) {
      if (a.status === 'no-answer') continue;
      const text = a.results ?? a.reason;
      parts.push(`- ${a.unitName} (${statusWord[a.status]})${text ? `: ${text}` : '.'}`);
    }
    t.compiled = parts.join('\n');
  }

  return {
    planId: plan.id,
    period,
    year,
    asOf: formatInstant(nowMs),
    obligation:
      obligation && deadline
        ? {
            id: obligation.id,
            title: { vi: obligation.title.vi, en: obligation.title.en },
            deadline: {
              date: deadline.date,
              semantics: deadline.semantics,
              lastDay: deadline.lastDay,
              instant: deadline.instant,
              reading: deadline.reading,
              ...(deadline.text !== undefined ? { text: deadline.text } : {}),
            },
          }
        : null,
    summary,
    units,
    areas,
    indicators: [...indicatorRows.values()].map((x) => x.row),
    tasks,
    ignored,
    stateLabels: {
      'on-time': STATUS_LABELS['on-time'],
      late: STATUS_LABELS.late,
      overdue: { vi: 'Quá hạn, chưa nộp', en: 'Overdue, not submitted' },
      open: { vi: 'Chưa nộp, còn trong hạn', en: 'Not yet submitted, still open' },
      upcoming: STATUS_LABELS.upcoming,
    },
  };
}

function _emptyIndicator(ind: Indicator, areaId: string): IndicatorRow {
  const row: IndicatorRow = {
    id: ind.id,
    label: { vi: ind.label.vi, en: ind.label.en },
    type: ind.type,
    task: ind.task,
    areaId,
    mandatedBy: ind.mandatedBy,
    total: null,
    mean: null,
    reported: 0,
    min: null,
    max: null,
    byKind: {},
    byUnit: {},
  };
  if (ind.unit) row.unit = { vi: ind.unit.vi, en: ind.unit.en };
  return row;
}

// Units each task applies to. Tasks mostly name the same groups, so the expansion
// is memoised per assignee list (a province with thousands of communes stays fast).
function _unitsByTask(plan: Plan): Map<string, Set<string>> {
  const memo = new Map<string, Set<string>>();
  const out = new Map<string, Set<string>>();
  for (const a of contentAreas(plan)) {
    for (const t of a.tasks) {
      const key = t.assignees.join('\u0000');
      let s = memo.get(key);
      if (!s) memo.set(key, (s = new Set(expandUnitIds(plan, t.assignees))));
      out.set(t.id, s);
    }
  }
  return out;
}

function _statusWords(lang: Lang): Record<(typeof AGGREGATE_TASK_STATUSES)[number], string> {
  return lang === 'en'
    ? { done: 'done', 'in-progress': 'in progress', 'not-started': 'not started', 'not-applicable': 'not applicable' }
    : { done: 'đã thực hiện', 'in-progress': 'đang thực hiện', 'not-started': 'chưa thực hiện', 'not-applicable': 'không thuộc phạm vi' };
}

function _round(x: number): number {
  return Math.round(x * 100) / 100;
}

function _toMs(v: Date | string): number | undefined {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v.getTime();
  const p = parseInstant(v);
  return p.ok ? p.epochMs : undefined;
}
