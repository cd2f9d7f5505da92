// Plan lint for what a plan author gets wrong with the wave-2 model: rules per period,
// one-off reports, lead and cooperating units, units that do not exist on the deadline.
import { describe, expect, it } from 'vitest';
import { loadPlan } from './load-plan';
import type { PlanInput } from '../model/plan';

const text = (vi: string, en: string) => ({ vi, en });
function plan(): PlanInput & { obligations: NonNullable<PlanInput['obligations']> } {
  return {
    formatVersion: 1,
    id: 'lint-test',
    title: text('Kế hoạch thử', 'Test plan'),
    year: 2026,
    issuer: 'ubnd-tinh',
    coordinator: 'van-phong',
    sections: [
      {
        kind: 'content',
        id: 'II',
        title: text('NHIỆM VỤ', 'TASKS'),
        areas: [
          {
            id: 'II.1',
            title: text('Nội dung', 'Area'),
            tasks: [
              { id: 'II.1.1', text: text('Nhiệm vụ một.', 'Task one.'), lead: ['van-phong'], cooperating: ['xa'], assigneesFrom: 'task', due: { text: 'Quý II/2026', kind: 'period', date: '2026-06-30' } },
              { id: 'II.1.2', text: text('Nhiệm vụ hai.', 'Task two.'), assignees: ['xa'], assigneesFrom: 'task', due: { text: 'thường xuyên', kind: 'ongoing' } },
            ],
          },
        ],
      },
    ],
    orgUnits: [
      { id: 'ubnd-tinh', name: text('UBND tỉnh', 'Provincial committee'), kind: 'province-committee', validFrom: '2025-07-01' },
      { id: 'van-phong', name: text('Văn phòng UBND tỉnh', 'Office'), kind: 'province-committee-office', validFrom: '2025-07-01' },
      { id: 'xa-a', name: text('UBND xã A', 'Commune A'), kind: 'commune-committee', validFrom: '2025-07-01' },
      { id: 'xa-b', name: text('UBND xã B', 'Commune B'), kind: 'commune-committee', validFrom: '2025-07-01', validTo: '2026-03-31' },
    ],
    unitGroups: [{ id: 'xa', name: text('UBND các xã', 'Communes'), members: ['xa-a', 'xa-b'] }],
    obligations: [
      {
        id: 'bc-quy',
        title: text('Báo cáo quý', 'Quarterly report'),
        period: 'quarterly',
        year: 2026,
        indexes: [1, 3],
        deadline: { kind: 'day-of-month', day: 15, month: 'last-of-period', semantics: 'before', text: 'trước ngày 15 của tháng cuối quý' },
        dataWindow: { preset: 'nd09-quarterly' },
        owedBy: ['xa'],
        recipient: 'ubnd-tinh',
        via: 'van-phong',
        source: 'III.2',
      },
      {
        id: 'bc-9-thang',
        title: text('Báo cáo 9 tháng', 'Nine-month report'),
        period: 'nine-month',
        year: 2026,
        deadline: { kind: 'after-period', days: 5, count: 'working', semantics: 'inclusive', text: 'chậm nhất 5 ngày làm việc sau khi kết thúc kỳ' },
        owedBy: ['xa'],
        recipient: 'ubnd-tinh',
        source: 'III.2',
      },
    ],
    indicators: [{ id: 'hoi-nghi', label: text('Số hội nghị', 'Meetings'), task: 'II.1.1', type: 'count', mandatedBy: 'plan', periods: ['quarterly'] }],
  };
}

const found = (p: PlanInput) => {
  const r = loadPlan(p, { lang: 'en' });
  return r.issues.map((i) => [i.code, i.severity, i.path]);
};

describe('lint of the wave-2 model', () => {
  it('accepts rules per period, lead/cooperating units and due times; warns about a group member gone before a deadline', () => {
    const r = loadPlan(plan());
    expect(r.ok).toBe(true);
    // xa-b is gone after 31/3: the Q3 and nine-month reports will not be asked of it.
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([
      ['plan.unit-not-valid', 'warning'],
      ['plan.unit-not-valid', 'warning'],
    ]);
  });

  it('a task with no assignee, lead or cooperating unit', () => {
    const p = plan();
    const t = (p.sections[0] as { areas: Array<{ tasks: Array<Record<string, unknown>> }> }).areas[0]!.tasks[0]!;
    delete t['lead'];
    delete t['cooperating'];
    expect(found(p)).toContainEqual(['plan.task-unassigned', 'error', '/sections/0/areas/0/tasks/0/assignees']);
  });

  it('an assignment to an unknown unit, in any role', () => {
    const p = plan();
    const t = (p.sections[0] as { areas: Array<{ tasks: Array<{ cooperating?: string[] }> }> }).areas[0]!.tasks[0]!;
    t.cooperating = ['so-khong-co'];
    expect(found(p)).toContainEqual(['plan.dangling-reference', 'error', '/sections/0/areas/0/tasks/0/cooperating/0']);
  });

  it('one date for several reports, a rule for a one-off report, indexes that do not exist', () => {
    const p = plan();
    p.obligations[0]!.deadline = { date: '2026-03-15', semantics: 'before', text: 'trước ngày 15/3/2026' };
    p.obligations[0]!.indexes = [1, 5];
    p.obligations[1]!.period = 'one-off';
    const f = found(p);
    expect(f).toContainEqual(['plan.deadline-needs-rule', 'error', '/obligations/0/deadline']);
    expect(f).toContainEqual(['plan.bad-period-index', 'error', '/obligations/0/indexes/1']);
    expect(f).toContainEqual(['plan.deadline-needs-date', 'error', '/obligations/1/deadline']);
  });

  it('a deadline outside the plan year; a fixed data window on a quarterly obligation', () => {
    const p = plan();
    p.obligations[1]!.deadline = { date: '2028-10-05', semantics: 'before', text: 'trước ngày 05/10/2028' };
    p.obligations[0]!.dataWindow = { from: '2025-12-15', to: '2026-03-14' };
    const f = found(p);
    expect(f).toContainEqual(['plan.deadline-outside-year', 'error', '/obligations/1/deadline/date']);
    expect(f).toContainEqual(['plan.data-window-fixed', 'error', '/obligations/0/dataWindow']);
  });

  it('a unit named directly that does not exist on the deadline; an indicator tied to an unknown task; duplicate ids', () => {
    const p = plan();
    p.obligations[1]!.owedBy = ['xa-b'];
    p.indicators![0]!.task = 'II.9.9';
    p.obligations[1]!.id = 'bc-quy';
    const f = found(p);
    expect(f).toContainEqual(['plan.unit-not-valid', 'error', '/obligations/1/owedBy/0']);
    expect(f).toContainEqual(['plan.dangling-reference', 'error', '/indicators/0/task']);
    expect(f).toContainEqual(['plan.duplicate-id', 'error', '/obligations/1/id']);
  });

  it('a coordinator that is not a unit', () => {
    const p = plan();
    p.coordinator = 'so-noi-vu';
    expect(found(p)).toContainEqual(['plan.dangling-reference', 'error', '/coordinator']);
  });

  it('a preset-less window needs from and to together', () => {
    const p = plan();
    p.obligations[1]!.dataWindow = { from: '2025-12-15' } as never;
    const r = loadPlan(p);
    expect(r.ok).toBe(false);
    expect(r.issues[0]!.path).toBe('/obligations/1/dataWindow');
  });

  it('a preset for another period', () => {
    const p = plan();
    p.obligations[0]!.dataWindow = { preset: 'nd09-monthly' };
    expect(found(p)).toContainEqual(['plan.data-window-preset', 'error', '/obligations/0/dataWindow/preset']);
  });

  it('sums of parts and model counts name count indicators, once each', () => {
    const p = plan();
    p.indicators = [
      { id: 'tiep-nhan', label: text('Hồ sơ tiếp nhận', 'Received'), task: 'II.1.1', type: 'count', mandatedBy: 'kit' },
      { id: 'dung-han', label: text('Đúng hạn', 'On time'), task: 'II.1.1', type: 'count', mandatedBy: 'kit' },
      { id: 'ty-le', label: text('Tỷ lệ', 'Rate'), task: 'II.1.1', type: 'percent', mandatedBy: 'kit', countsModels: 'registered' },
      { id: 'dang-ky', label: text('Mô hình đăng ký', 'Registered'), task: 'II.1.1', type: 'count', mandatedBy: 'kit', countsModels: 'registered' },
    ];
    p.indicatorSums = [{ id: 'tong', parts: ['dung-han', 'ty-le', 'khong-co', 'tiep-nhan'], total: 'tiep-nhan' }];
    const f = found(p);
    expect(f).toContainEqual(['plan.indicator-sum-type', 'error', '/indicatorSums/0/parts/1']);
    expect(f).toContainEqual(['plan.dangling-reference', 'error', '/indicatorSums/0/parts/2']);
    expect(f).toContainEqual(['plan.indicator-sum-parts', 'error', '/indicatorSums/0/parts/3']);
    expect(f).toContainEqual(['plan.indicator-sum-type', 'error', '/indicators/2/countsModels']);
    expect(f).toContainEqual(['plan.duplicate-id', 'error', '/indicators/3/countsModels']);
    p.indicators.splice(2, 1);
    p.indicatorSums = [{ id: 'tong', parts: ['dung-han', 'dang-ky'], total: 'tiep-nhan' }];
    expect(loadPlan(p).ok).toBe(true);
  });

  it('reminder days: a repeated day is a warning; out-of-range days and unknown keys are refused', () => {
    const p = plan();
    p.reminders = { beforeWorkingDays: [5, 1, 5], afterDeadline: true };
    expect(found(p)).toContainEqual(['plan.reminder-duplicate', 'warning', '/reminders/beforeWorkingDays/2']);
    expect(loadPlan(p).ok).toBe(true);
    expect(loadPlan(p).value!.reminders).toEqual({ beforeWorkingDays: [5, 1, 5], afterDeadline: true });
    expect(loadPlan({ ...p, reminders: { beforeWorkingDays: [-1], afterDeadline: true } }).ok).toBe(false);
    expect(loadPlan({ ...p, reminders: { beforeWorkingDays: [1.5], afterDeadline: true } }).ok).toBe(false);
    expect(loadPlan({ ...p, reminders: { beforeWorkingDays: [3], afterDeadline: true, daily: true } }).ok).toBe(false);
    const { reminders: _r, ...without } = p;
    expect(loadPlan(without).value!.reminders).toBeUndefined();
  });
});
