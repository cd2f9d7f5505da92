import type { Plan } from '../model/plan';
import { expandUnitIds, isUnitValidOn } from '../model/query';
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
  plan.basis.forEach((b, i) => ref('document', b, ['basis', i]));
  plan.sections.forEach((s, si) => {
    if (s.kind === 'goals')
      s.parts.forEach((p, pi) => p.paragraphs.forEach((g, gi) => g.cites.forEach((c, ci) => ref('document', c, ['sections', si, 'parts', pi, 'paragraphs', gi, 'cites', ci]))));
    if (s.kind === 'content')
      s.areas.forEach((a, ai) =>
        a.tasks.forEach((t, ti) => {
          const tp: Seg[] = ['sections', si, 'areas', ai, 'tasks', ti];
          t.assignees.forEach((x, xi) => ref('unit', x, [...tp, 'assignees', xi]));
          t.cites.forEach((c, ci) => ref('document', c, [...tp, 'cites', ci]));
          if (t.assignees.length === 0 || expandUnitIds(plan, t.assignees).length === 0)
            add('plan.task-unassigned', 'error', [...tp, 'assignees'], {
              vi: `Nhiệm vụ ${t.id} chưa được giao cho đơn vị nào.`,
              en: `Task ${t.id} is not assigned to any unit.`,
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
    const deadlineYear = Number(o.deadline.date.slice(0, 4));
    if (deadlineYear < o.year || deadlineYear > o.year + 1)
      add('plan.bad-date', 'error', [...op, 'deadline', 'date'], {
        vi: `Hạn nộp ${o.deadline.date} không thuộc năm ${o.year} hoặc năm kế tiếp.`,
        en: `Deadline ${o.deadline.date} is not in ${o.year} or the year after.`,
      });
    if (o.dataWindow && o.dataWindow.to < o.dataWindow.from)
      add('plan.bad-date-range', 'error', [...op, 'dataWindow', 'to'], {
        vi: `Kỳ số liệu kết thúc (${o.dataWindow.to}) trước khi bắt đầu (${o.dataWindow.from}).`,
        en: `Data window ends (${o.dataWindow.to}) before it starts (${o.dataWindow.from}).`,
      });
    for (const uid of owers) {
      const u = plan.orgUnits.find((x) => x.id === uid)!;
      if (!isUnitValidOn(u, o.deadline.date) && !isUnitValidOn(u, `${o.year}-01-01`))
        add('plan.unit-not-valid', 'warning', [...op, 'owedBy'], {
          vi: `Đơn vị "${uid}" không còn/chưa tồn tại vào năm ${o.year} nhưng vẫn phải nộp "${o.id}".`,
          en: `Unit "${uid}" did not exist in ${o.year} but owes "${o.id}".`,
        });
    }
  });
  plan.indicators.forEach((ind, i) => {
    ref('element', ind.task, ['indicators', i, 'task']);
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
  unit: 'đơn vị hay nhóm đơn vị',
  document: 'văn bản được viện dẫn',
  obligation: 'nghĩa vụ báo cáo',
  indicator: 'chỉ tiêu',
  element: 'mục của kế hoạch',
};
const NS_EN: Record<string, string> = {
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
