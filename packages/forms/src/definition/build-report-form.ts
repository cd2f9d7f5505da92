import { UI } from '../messages/ui';
import { type BuildReportFormOptions, _buildForm } from './build';
import type { FormDefinition } from './types';

/**
 * Dựng biểu mẫu báo cáo — builds the framework-neutral form of one unit's report
 * for one period: the report's document data; a section per content area with a
 * group per task that applies to the unit (status, results, reason — the reason
 * only shows when the task is not done) and the indicators measuring it (only
 * those asked in this period); the "Dân vận khéo" models as a repeating group;
 * difficulties, proposals and next-period directions. Every label carries
 * Vietnamese and English.
 * Applicability uses the same plan data as `@dvcq/report`: `tasksForUnit` from
 * `@dvcq/core` and each indicator's `periods`.
 * @param options - plan, period, optional year, unit id and language
 * @returns the form definition
 * @throws RangeError when `unit` is not a unit of the plan (a programmer mistake)
 */
export function buildReportForm(options: BuildReportFormOptions): FormDefinition {
  return _buildForm(options, UI);
}
