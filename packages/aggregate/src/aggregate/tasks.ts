// Task compilation: per task of the plan, how many units answered with each status,
// every answer, and the results compiled into one text naming each unit.
import { type Lang, type LocalizedText, type Plan, TASK_STATUSES, TASK_STATUS_LABELS, type TaskStatus, contentAreas, shortTitle, taskUnitIds } from '@dvcq/core';
import { type _UnitReports, _isObj, _own } from './inputs';
import type { TaskAnswer, TaskAnswerStatus, TaskRow, UnitRow } from './types';

/**
 * @internal Units each task applies to: assignees, lead (chủ trì) and cooperating
 * (phối hợp) units. Tasks mostly name the same groups, so the expansion is memoised
 * per list (thousands of communes stay fast).
 */
export function _unitsByTask(plan: Plan): Map<string, Set<string>> {
  const memo = new Map<string, Set<string>>();
  const out = new Map<string, Set<string>>();
  for (const a of contentAreas(plan)) {
    for (const t of a.tasks) {
      const key = [t.assignees, t.lead ?? [], t.cooperating ?? []].map((l) => l.join('\u0000')).join('\u0001');
      let s = memo.get(key);
      if (!s) memo.set(key, (s = new Set(taskUnitIds(plan, t))));
      out.set(t.id, s);
    }
  }
  return out;
}

/** @internal Status words inside a compiled text ("– Sở Y tế (đã thực hiện): …"): core's labels, lower-cased. */
export function _statusWords(lang: Lang): Record<TaskStatus, string> {
  const out = {} as Record<TaskStatus, string>;
  for (const st of TASK_STATUSES) {
    const label = TASK_STATUS_LABELS[st][lang];
    out[st] = label.charAt(0).toLowerCase() + label.slice(1);
  }
  return out;
}

/**
 * @internal One row per task, in plan order. A task that does not apply to a unit
 * and that the unit left out is not a gap; one that applies and is left out counts
 * as `no-answer`. The compiled text has one line per unit that answered:
 * `– <unit> (<status>): <results or reason>`. The bullet is an en dash (U+2013), not
 * a hyphen: a cell starting with "-" is a formula to a spreadsheet, and the CSV
 * formula guard would have to prefix every compiled text with an apostrophe.
 */
export function _compileTasks(
  plan: Plan,
  units: readonly UnitRow[],
  byUnit: ReadonlyMap<string, _UnitReports>,
  areaOfTask: ReadonlyMap<string, string>,
  lang: Lang,
): TaskRow[] {
  const unitsOfTask = _unitsByTask(plan);
  const titles = new Map<string, LocalizedText>();
  for (const a of contentAreas(plan)) for (const t of a.tasks) titles.set(t.id, { vi: shortTitle(t.text.corrected?.vi ?? t.text.vi), en: shortTitle(t.text.en) });
  const rows = new Map<string, TaskRow>();
  for (const [taskId, areaId] of areaOfTask) {
    rows.set(taskId, {
      taskId,
      title: titles.get(taskId) ?? { vi: taskId, en: taskId },
      areaId,
      counts: { done: 0, 'in-progress': 0, 'not-started': 0, 'not-applicable': 0, 'no-answer': 0 },
      answers: [],
      compiled: '',
    });
  }
  const list = [...rows.values()];
  const applies = list.map((t) => unitsOfTask.get(t.taskId));
  for (const u of units) {
    const slot = byUnit.get(u.unitId);
    if (!slot) continue;
    const unitName = u.name[lang];
    const given = _own(slot.current.report, 'tasks');
    const answers = _isObj(given) ? given : undefined;
    for (let k = 0; k < list.length; k++) {
      const acc = list[k]!;
      const entry = answers ? _own(answers, acc.taskId) : undefined;
      if (!_isObj(entry)) {
        if (applies[k]?.has(u.unitId)) {
          acc.counts['no-answer']++;
          acc.answers.push({ unitId: u.unitId, unitName, status: 'no-answer' });
        }
        continue;
      }
      const st = _own(entry, 'status');
      const status: TaskAnswerStatus = (TASK_STATUSES as readonly unknown[]).includes(st) ? (st as TaskAnswerStatus) : 'no-answer';
      acc.counts[status]++;
      const ans: TaskAnswer = { unitId: u.unitId, unitName, status };
      const results = _own(entry, 'results');
      if (typeof results === 'string') ans.results = results;
      const reason = _own(entry, 'reason');
      if (typeof reason === 'string') ans.reason = reason;
      acc.answers.push(ans);
    }
  }
  const words = _statusWords(lang);
  for (const t of list) {
    const parts: string[] = [];
    for (const a of t.answers) {
      if (a.status === 'no-answer') continue;
      const text = a.results ?? a.reason;
      parts.push(`\u2013 ${a.unitName} (${words[a.status]})${text ? `: ${text}` : '.'}`);
    }
    t.compiled = parts.join('\n');
  }
  return list;
}
