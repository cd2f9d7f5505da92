import type { Plan } from '../model/plan';
import { expandUnitIds, isUnitValidOn, obligationIndexes, taskUnitIds } from '../model/query';
import { PERIOD_INDEX_MAX } from '../vocabulary/vocabulary';
import type { Obligation } from '../model/obligation';
import { type Issue, type Lang, type Message, type Severity, pickMessage, toJsonPointer } from '../issues/issue';

type Seg = string | number;

/** Tùy chọn kiểm tra kế hoạch — options for {@link lintPlan}. */
export interface LintOptions {
  /** Message language, `vi` by default. */
  lang?: Lang;
}

/**
 * Kiểm tra kế hoạch — finds problems a schema cannot see: duplicate ids, dangling
 * references, tasks nobody carries, obligations no unit owes, impossible date
 * ranges, ids out of the plan's numbering, text that is not NFC.
 * @param plan - a plan that already passed {@link PlanSchema}
 * @param options - message language
 * @returns the issues found, errors and warnings, in document order
 */
export function lintPlan(plan: Plan, options: LintOptions = {}): Issue[] {
  const lang = options.lang ?? 'vi';
  const issues: Issue[] = [];
  const add = (code: string, severity: Severity, path: Seg[], message: Message) =>
    issues.push({ code, severity, path: toJsonPointer(path), message: pickMessage(message, lang) });

  // --- duplicate ids, one namespace per kind of reference ---
  const seen = new Map<string, Map<string, Seg[]>>();
  const declare = (ns: string, id: string, path: Seg[]) => {
    let m = seen.get(ns);
    if (!m) seen.set(ns, (m = new Map()));
    const first = m.get(id);
    if (first)
      add('plan.duplicate-id', 'error', path, {
        vi: `Mã "${id}" bị trùng (đã dùng tại ${toJsonPointer(first)}).`,
        en: `Duplicate id "${id}" (first used at ${toJsonPointer(first)}).`,
      });
    else m.set(id, path);
  };
  plan.sections.forEach((s, si) => {
    const sp: Seg[] = ['sections', si];
    declare('element', s.id, [...sp, 'id']);
    if (s.kind === 'goals')
      s.parts.forEach((p, pi) => {
        declare('element', p.id, [...sp, 'parts', pi, 'id']);
        p.paragraphs.forEach((g, gi) => declare('element', g.id, [...sp, 'parts', pi, 'paragraphs', gi, 'id']));
      });
    if (s.kind === 'content')
      s.areas.forEach((a, ai) => {
        declare('element', a.id, [...sp, 'areas', ai, 'id']);
        const expectedArea = `${s.id}.${ai + 1}`;
        if (a.id !== expectedArea)
          add('plan.id-out-of-order', 'warning', [...sp, 'areas', ai, 'id'], {
            vi: `Mã nội dung "${a.id}" không theo thứ tự của kế hoạch (mong đợi "${expectedArea}").`,
            en: `Content area id "${a.id}" does not follow the plan's numbering (expected "${expectedArea}").`,
          });
        a.tasks.forEach((t, ti) => {
          const tp: Seg[] = [...sp, 'areas', ai, 'tasks', ti];
          declare('element', t.id, [...tp, 'id']);
          const expectedTask = `${a.id}.${ti + 1}`;
          if (t.id !== expectedTask)
            add('plan.id-out-of-order', 'warning', [...tp, 'id'], {
              vi: `Mã nhiệm vụ "${t.id}" không theo thứ tự của kế hoạch (mong đợi "${expectedTask}").`,
              en: `Task id "${t.id}" does not follow the plan's numbering (expected "${expectedTask}").`,
            });
        });
      });
    if (s.kind === 'implementation') {
      s.items.forEach((it, ii) => declare('element', it.id, [...sp, 'items', ii, 'id']));
      if (s.closing) declare('element', s.closing.id, [...sp, 'closing', 'id']);
    }
  });
  plan.orgUnits.forEach((u, i) => declare('unit', u.id, ['orgUnits', i, 'id']));
  plan.unitGroups.forEach((g, i) => declare('unit', g.id, ['unitGroups', i, 'id']));
  plan.obligations.forEach((o, i) => declare('obligation', o.id, ['obligations', i, 'id']));
  plan.documents.forEach((d, i) => declare('document', d.id, ['documents', i, 'id']));
  plan.indicators.forEach((d, i) => declare('indicator', d.id, ['indicators', i, 'id']));
  plan.indicatorSums.forEach((d, i) => declare('indicator-sum', d.id, ['indicatorSums', i, 'id']));

  // --- dangling references ---
  const has = (ns: string, id: string) => seen.get(ns)?.has(id) ?? false;
  const unitIds = new Set(plan.orgUnits.map((u) => u.id));
  const ref = (ns: 'unit' | 'document' | 'obligation' | 'indicator' | 'element', id: string, path: Seg[], onlyUnits = false) => {
    const ok = onlyUnits ? unitIds.has(id) : has(ns, id);
    if (!ok)
      add('plan.dangling-reference', 'error', path, {
        vi: `Tham chiếu tới "${id}" nhưng không có ${NS_VI[ns]} nào mang mã này.`,
        en: `Refers to "${id}" but no ${NS_EN[ns]} has that id.`,
      });
  };
  ref('unit', plan.issuer, ['issuer'], true);
  if (plan.coordinator !== undefined) ref('unit', plan.coordinator, ['coordinator'], true);
  plan.basis.forEach((b, i) => ref('document', b, ['basis', i]));
  plan.sections.forEach((s, si) => {
    if (s.kind === 'goals')
      s.parts.forEach((p, pi) => p.paragraphs.forEach((g, gi) => g.cites.forEach((c, ci) => ref('document', c, ['sections', si, 'parts', pi, 'paragraphs', gi, 'cites', ci]))));
    if (s.kind === 'content')
      s.areas.forEach((a, ai) =>
        a.tasks.forEach((t, ti) => {
          const tp: Seg[] = ['sections', si, 'areas', ai, 'tasks', ti];
          t.assignees.forEach((x, xi) => ref('unit', x, [...tp, 'assignees', xi]));
          t.lead?.forEach((x, xi) => ref('unit', x, [...tp, 'lead', xi]));
          t.cooperating?.forEach((x, xi) => ref('unit', x, [...tp, 'cooperating', xi]));
          t.cites.forEach((c, ci) => ref('document', c, [...tp, 'cites', ci]));
          if (taskUnitIds(plan, t).length === 0)
            add('plan.task-unassigned', 'error', [...tp, 'assignees'], {
              vi: `Nhiệm vụ ${t.id} chưa được giao cho đơn vị nào (không có đơn vị thực hiện, chủ trì hay phối hợp).`,
              en: `Task ${t.id} is not assigned to any unit (no assignee, lead or cooperating unit).`,
            });
          const lead = new Set(t.lead ?? []);
          t.cooperating?.forEach((x, xi) => {
            if (lead.has(x))
              add('plan.task-role-conflict', 'warning', [...tp, 'cooperating', xi], {
                vi: `Nhiệm vụ ${t.id}: "${x}" vừa chủ trì vừa phối hợp.`,
                en: `Task ${t.id}: "${x}" is both lead and cooperating unit.`,
              });
          });
          if (t.due?.date !== undefined && (t.due.date < `${plan.year}-01-01` || t.due.date > `${plan.year + 1}-12-31`))
            add('plan.task-due-outside-year', 'warning', [...tp, 'due', 'date'], {
              vi: `Thời hạn của nhiệm vụ ${t.id} (${t.due.date}) nằm ngoài năm ${plan.year} của kế hoạch.`,
              en: `Task ${t.id} is due on ${t.due.date}, outside the plan's year ${plan.year}.`,
            });
          if (t.assigneesFrom !== 'task' && !has('element', t.assigneesFrom))
            ref('element', t.assigneesFrom, [...tp, 'assigneesFrom']);
        }),
      );
    if (s.kind === 'implementation')
      s.items.forEach((it, ii) => {
        it.assignees.forEach((x, xi) => ref('unit', x, ['sections', si, 'items', ii, 'assignees', xi]));
        it.obligations.forEach((o, oi) => ref('obligation', o, ['sections', si, 'items', ii, 'obligations', oi]));
      });
  });
  plan.orgUnits.forEach((u, i) => {
    if (u.parent !== undefined) ref('unit', u.parent, ['orgUnits', i, 'parent'], true);
    if (u.validTo !== undefined && u.validTo < u.validFrom)
      add('plan.bad-date-range', 'error', ['orgUnits', i, 'validTo'], {
        vi: `Đơn vị "${u.id}": ngày hết hiệu lực (${u.validTo}) trước ngày có hiệu lực (${u.validFrom}).`,
        en: `Unit "${u.id}": validTo (${u.validTo}) is before validFrom (${u.validFrom}).`,
      });
  });
  plan.unitGroups.forEach((g, i) => g.members.forEach((m, mi) => ref('unit', m, ['unitGroups', i, 'members', mi], true)));
  plan.recipients.forEach((r, i) => r.units.forEach((u, ui) => ref('unit', u, ['recipients', i, 'units', ui])));
  plan.obligations.forEach((o, i) => {
    const op: Seg[] = ['obligations', i];
    o.owedBy.forEach((x, xi) => ref('unit', x, [...op, 'owedBy', xi]));
    ref('unit', o.recipient, [...op, 'recipient']);
    if (o.via !== undefined) ref('unit', o.via, [...op, 'via']);
    if (o.coordinator !== undefined) ref('unit', o.coordinator, [...op, 'coordinator']);
    o.copies.forEach((x, xi) => ref('unit', x, [...op, 'copies', xi]));
    const owers = expandUnitIds(plan, o.owedBy);
    if (owers.length === 0)
      add('plan.obligation-no-units', 'error', [...op, 'owedBy'], {
        vi: `Nghĩa vụ báo cáo "${o.id}" không có đơn vị nào phải nộp.`,
        en: `Obligation "${o.id}" is owed by no unit.`,
      });
    lintObligationTiming(plan, o, op, add);
    // A unit named directly must exist when it owes the report; members of a group that
    // do not exist then are simply not asked (the calendar reads unit validity).
    const dates = checkDates(o);
    o.owedBy.forEach((x, xi) => {
      const direct = plan.orgUnits.find((y) => y.id === x);
      for (const uid of expandUnitIds(plan, [x])) {
        const u = plan.orgUnits.find((y) => y.id === uid)!;
        const bad = dates.find((d) => !isUnitValidOn(u, d));
        if (bad === undefined) continue;
        if (direct)
          add('plan.unit-not-valid', 'error', [...op, 'owedBy', xi], {
            vi: `Đơn vị "${uid}" không tồn tại vào ${bad} (hiệu lực ${u.validFrom} – ${u.validTo ?? '…'}) nhưng phải nộp "${o.id}".`,
            en: `Unit "${uid}" does not exist on ${bad} (valid ${u.validFrom} – ${u.validTo ?? '…'}) but owes "${o.id}".`,
          });
        else
          add('plan.unit-not-valid', 'warning', [...op, 'owedBy', xi], {
            vi: `Đơn vị "${uid}" thuộc nhóm "${x}" không tồn tại vào ${bad} (hiệu lực ${u.validFrom} – ${u.validTo ?? '…'}): đơn vị này sẽ không phải nộp "${o.id}".`,
            en: `Unit "${uid}" of group "${x}" does not exist on ${bad} (valid ${u.validFrom} – ${u.validTo ?? '…'}): it will not owe "${o.id}".`,
          });
      }
    });
  });
  const taskIds = new Set<string>();
  for (const sec of plan.sections) if (sec.kind === 'content') for (const a of sec.areas) for (const t of a.tasks) taskIds.add(t.id);
  const periodsOwed = new Set(plan.obligations.map((o) => o.period));
  plan.indicators.forEach((ind, i) => {
    if (!taskIds.has(ind.task))
      add('plan.dangling-reference', 'error', ['indicators', i, 'task'], {
        vi: `Chỉ tiêu "${ind.id}" gắn với nhiệm vụ "${ind.task}" nhưng kế hoạch không có nhiệm vụ nào mang mã này.`,
        en: `Indicator "${ind.id}" is tied to task "${ind.task}" but the plan has no task with that id.`,
      });
    ind.periods?.forEach((p, pi) => {
      if (!periodsOwed.has(p))
        add('plan.indicator-period-unused', 'warning', ['indicators', i, 'periods', pi], {
          vi: `Chỉ tiêu "${ind.id}" được hỏi trong kỳ "${p}" nhưng kế hoạch không có báo cáo nào của kỳ đó.`,
          en: `Indicator "${ind.id}" is asked in "${p}" reports but the plan requires none.`,
        });
    });
    if (ind.partOf !== undefined) {
      ref('indicator', ind.partOf, ['indicators', i, 'partOf']);
      const total = plan.indicators.find((x) => x.id === ind.partOf);
      if (total && total.type !== ind.type)
        add('plan.indicator-part-type', 'error', ['indicators', i, 'partOf'], {
          vi: `Chỉ tiêu "${ind.id}" là một phần của "${total.id}" nhưng khác loại (${ind.type} / ${total.type}).`,
          en: `Indicator "${ind.id}" is part of "${total.id}" but of another type (${ind.type} / ${total.type}).`,
        });
    }
  });

  lintIndicatorRelations(plan, add);
  lintReminders(plan, add);

  // --- every text NFC (source Vietnamese text is NFC by convention) ---
  walkStrings(plan, [], (s, path) => {
    if (s !== s.normalize('NFC'))
      add('plan.text-not-nfc', 'error', path, {
        vi: 'Văn bản chưa ở dạng chuẩn hóa Unicode NFC (dấu tiếng Việt tổ hợp rời).',
        en: 'Text is not Unicode NFC (decomposed Vietnamese diacritics).',
      });
  });
  return issues;
}

const NS_VI: Record<string, string> = {
  'indicator-sum': 'nhóm tổng chỉ tiêu',
  unit: 'đơn vị hay nhóm đơn vị',
  document: 'văn bản được viện dẫn',
  obligation: 'nghĩa vụ báo cáo',
  indicator: 'chỉ tiêu',
  element: 'mục của kế hoạch',
};
const NS_EN: Record<string, string> = {
  'indicator-sum': 'indicator sum',
  unit: 'unit or unit group',
  document: 'cited document',
  obligation: 'obligation',
  indicator: 'indicator',
  element: 'plan element',
};

function walkStrings(value: unknown, path: Seg[], visit: (s: string, path: Seg[]) => void): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => walkStrings(v, [...path, i], visit));
  else if (value !== null && typeof value === 'object')
    for (const k of Object.keys(value)) walkStrings((value as Record<string, unknown>)[k], [...path, k], visit);
}

type _Add = (code: string, severity: Severity, path: Seg[], message: Message) => void;

// Last day of a month (1-based), proleptic Gregorian.
function _lastDay(y: number, m: number): string {
  const d = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The days on which the units owing an obligation must exist: the fixed deadline, or —
 * for a rule — the last day of each reporting period (a rule's deadline falls after it;
 * the exact day needs the working-day calendar, which lives in @dvcq/calendar).
 */
function checkDates(o: Obligation): string[] {
  if (o.deadline.kind === undefined || o.deadline.kind === 'date') return [o.deadline.date];
  if (o.dataWindow?.to !== undefined) return [o.dataWindow.to];
  switch (o.period) {
    case 'monthly':
      return obligationIndexes(o).map((m) => _lastDay(o.year, m));
    case 'quarterly':
      return obligationIndexes(o).map((q) => _lastDay(o.year, q * 3));
    case 'semiannual':
      return [_lastDay(o.year, 6)];
    case 'nine-month':
      return [_lastDay(o.year, 9)];
    default:
      return [_lastDay(o.year, 12)];
  }
}

/** Period, indexes, deadline kind, dates and data window of one obligation agree. */
function lintObligationTiming(plan: Plan, o: Obligation, op: Seg[], add: _Add): void {
  const max = PERIOD_INDEX_MAX[o.period];
  if (o.indexes !== undefined) {
    if (max === 1)
      add('plan.bad-period-index', 'error', [...op, 'indexes'], {
        vi: `Nghĩa vụ "${o.id}" là báo cáo một lần trong năm: không ghi "indexes" (chỉ dùng cho báo cáo tháng, quý).`,
        en: `Obligation "${o.id}" is reported once a year: "indexes" is only for monthly and quarterly reports.`,
      });
    else
      o.indexes.forEach((n, ni) => {
        if (n > max)
          add('plan.bad-period-index', 'error', [...op, 'indexes', ni], {
            vi: `Kỳ ${n} không có trong năm (báo cáo ${o.period === 'quarterly' ? 'quý: 1–4' : 'tháng: 1–12'}).`,
            en: `Period ${n} does not exist (${o.period === 'quarterly' ? 'quarters 1–4' : 'months 1–12'}).`,
          });
      });
  }
  const instances = max === 1 ? 1 : new Set(o.indexes ?? []).size || max;
  const d = o.deadline;
  if (d.kind === undefined || d.kind === 'date') {
    if (instances > 1)
      add('plan.deadline-needs-rule', 'error', [...op, 'deadline'], {
        vi: `Nghĩa vụ "${o.id}" có ${instances} kỳ báo cáo nhưng chỉ một ngày hạn nộp: ghi hạn theo quy tắc (ngày trong tháng, số ngày sau khi hết kỳ) hoặc tách thành từng nghĩa vụ.`,
        en: `Obligation "${o.id}" has ${instances} reports but one deadline date: state a rule (day of month, days after the period) or split it into one obligation per report.`,
      });
    const y = Number(d.date.slice(0, 4));
    if (y !== plan.year && y !== plan.year + 1)
      add('plan.deadline-outside-year', 'error', [...op, 'deadline', 'date'], {
        vi: `Hạn nộp ${d.date} nằm ngoài năm ${plan.year} của kế hoạch (và năm kế tiếp).`,
        en: `Deadline ${d.date} is outside the plan's year ${plan.year} (and the year after).`,
      });
    else if (y !== o.year && !(y === o.year + 1 && (o.period === 'annual' || o.period === 'quarterly' || o.period === 'monthly')))
      add('plan.deadline-outside-year', 'warning', [...op, 'deadline', 'date'], {
        vi: `Hạn nộp ${d.date} không thuộc năm báo cáo ${o.year}.`,
        en: `Deadline ${d.date} is not in the reporting year ${o.year}.`,
      });
  } else if (o.period === 'one-off')
    add('plan.deadline-needs-date', 'error', [...op, 'deadline'], {
      vi: `Báo cáo đột xuất "${o.id}" cần một ngày hạn nộp cụ thể, không phải quy tắc theo kỳ.`,
      en: `One-off report "${o.id}" needs a deadline date, not a rule per period.`,
    });
  if (o.year !== plan.year)
    add('plan.obligation-year', 'warning', [...op, 'year'], {
      vi: `Nghĩa vụ "${o.id}" thuộc năm ${o.year}, khác năm ${plan.year} của kế hoạch.`,
      en: `Obligation "${o.id}" is for ${o.year}, not the plan's year ${plan.year}.`,
    });
  const w = o.dataWindow;
  if (w?.preset !== undefined && _presetPeriod(w.preset) !== o.period)
    add('plan.data-window-preset', 'error', [...op, 'dataWindow', 'preset'], {
      vi: `Mẫu kỳ số liệu "${w.preset}" không dành cho báo cáo "${o.period}" của nghĩa vụ "${o.id}".`,
      en: `Data-window preset "${w.preset}" is not for the "${o.period}" reports of obligation "${o.id}".`,
    });
  if (w?.from !== undefined && w.to !== undefined) {
    if (instances > 1)
      add('plan.data-window-fixed', 'error', [...op, 'dataWindow'], {
        vi: `Nghĩa vụ "${o.id}" có ${instances} kỳ báo cáo: kỳ số liệu ghi bằng mẫu (preset), không bằng một khoảng ngày cố định.`,
        en: `Obligation "${o.id}" has ${instances} reports: give its data window as a preset, not one fixed range.`,
      });
    if (w.to < w.from)
      add('plan.bad-date-range', 'error', [...op, 'dataWindow', 'to'], {
        vi: `Kỳ số liệu kết thúc (${w.to}) trước khi bắt đầu (${w.from}).`,
        en: `Data window ends (${w.to}) before it starts (${w.from}).`,
      });
    if ((d.kind === undefined || d.kind === 'date') && d.date <= w.from)
      add('plan.bad-date-range', 'error', [...op, 'deadline', 'date'], {
        vi: `Hạn nộp ${d.date} không sau ngày bắt đầu kỳ số liệu (${w.from}).`,
        en: `Deadline ${d.date} is not after the data window starts (${w.from}).`,
      });
  }
}

/** Sums of parts and model counts name count indicators, consistently. */
function lintIndicatorRelations(plan: Plan, add: _Add): void {
  const byId = new Map(plan.indicators.map((x) => [x.id, x]));
  const needCount = (id: string, path: Seg[]) => {
    const ind = byId.get(id);
    if (!ind)
      add('plan.dangling-reference', 'error', path, {
        vi: `Tham chiếu tới "${id}" nhưng không có chỉ tiêu nào mang mã này.`,
        en: `Refers to "${id}" but no indicator has that id.`,
      });
    else if (ind.type !== 'count')
      add('plan.indicator-sum-type', 'error', path, {
        vi: `Chỉ tiêu "${id}" không phải số đếm: chỉ cộng được các chỉ tiêu số đếm.`,
        en: `Indicator "${id}" is not a count: only counts can be added up.`,
      });
  };
  plan.indicatorSums.forEach((sum, i) => {
    needCount(sum.total, ['indicatorSums', i, 'total']);
    const seen = new Set<string>();
    sum.parts.forEach((p, pi) => {
      needCount(p, ['indicatorSums', i, 'parts', pi]);
      if (p === sum.total || seen.has(p))
        add('plan.indicator-sum-parts', 'error', ['indicatorSums', i, 'parts', pi], {
          vi: `Nhóm "${sum.id}": chỉ tiêu "${p}" bị lặp hoặc trùng với chỉ tiêu tổng.`,
          en: `Sum "${sum.id}": indicator "${p}" is repeated or is the total itself.`,
        });
      seen.add(p);
    });
  });
  const stages = new Map<string, number>();
  plan.indicators.forEach((ind, i) => {
    if (ind.countsModels === undefined) return;
    if (ind.type !== 'count')
      add('plan.indicator-sum-type', 'error', ['indicators', i, 'countsModels'], {
        vi: `Chỉ tiêu "${ind.id}" đếm mô hình nên phải là số đếm.`,
        en: `Indicator "${ind.id}" counts models, so it must be a count.`,
      });
    const first = stages.get(ind.countsModels);
    if (first !== undefined)
      add('plan.duplicate-id', 'error', ['indicators', i, 'countsModels'], {
        vi: `Đã có chỉ tiêu đếm mô hình ở giai đoạn "${ind.countsModels}" (/indicators/${first}).`,
        en: `Another indicator already counts "${ind.countsModels}" models (/indicators/${first}).`,
      });
    else stages.set(ind.countsModels, i);
  });
}

/** Reminder days: each once. */
function lintReminders(plan: Plan, add: _Add): void {
  const days = plan.reminders?.beforeWorkingDays ?? [];
  const seen = new Set<number>();
  days.forEach((n, i) => {
    if (seen.has(n))
      add('plan.reminder-duplicate', 'warning', ['reminders', 'beforeWorkingDays', i], {
        vi: `Ngày nhắc "${n} ngày làm việc trước hạn" bị lặp: mỗi đơn vị chỉ nhận một lần nhắc cho mỗi mốc.`,
        en: `Reminder day "${n} working days before" is repeated: a unit gets one reminder per day.`,
      });
    seen.add(n);
  });
}

/** A preset names the period it is for: a quarterly preset on a monthly report is a slip. */
export function _presetPeriod(preset: string): string | undefined {
  return { 'nd09-monthly': 'monthly', 'nd09-quarterly': 'quarterly', 'nd09-semiannual': 'semiannual', 'nd09-annual': 'annual' }[preset];
}
