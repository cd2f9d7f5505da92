// The context tables computed with @dvcq/calendar (every kind of deadline, working
// days with the holidays of a working calendar). Kept out of the browser entry: the
// calendar's holiday tables are too heavy for a form page, which gets its context
// ready-made or computes it for fixed-date deadlines (`_fixedDateInstances`).
import type { Plan } from '@dvcq/core';
import { type WorkingCalendar, planInstances } from '@dvcq/calendar';
import type { ContextTables } from './rule';
import { contextTables } from './families/context';

/** Tùy chọn ngữ cảnh — options of {@link reportContext}. */
export interface ReportContextOptions {
  /** The working calendar (built-in holidays plus any announced file): working-day deadlines use it. */
  calendar?: WorkingCalendar;
}

/**
 * Bảng ngữ cảnh của kế hoạch — the context tables of a plan: its units, and every
 * report it asks for (one instance per month, quarter, year… of each obligation, with
 * @dvcq/calendar's deadlines and data windows). What rules.json ships as `context`;
 * a server computes it once and may hand it to a browser page (`compileReport(plan, { context })`).
 * @param plan - a loaded plan
 * @param options - the working calendar to use
 * @returns the tables
 */
export function reportContext(plan: Plan, options: ReportContextOptions = {}): ContextTables {
  return contextTables(plan, planInstances(plan, options.calendar ? { calendar: options.calendar } : {}));
}
