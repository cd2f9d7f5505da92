// Type-level test: the committed report.d.ts (json-schema-to-typescript on the exported
// JSON Schema of the Hòa Bình plan) equals the hand-written types of src/submission/types.ts
// for the same plan's ids. Checked by `tsc` (repo typecheck) and by types.test.ts.
import { expectTypeOf } from 'vitest';
import type { ReportSubmission as Generated, TaskEntry as GeneratedTaskEntry, DvkModel as GeneratedDvkModel, ReportDocument as GeneratedDocument } from '../../generated/report';
import type { DvkModel, ReportDocument, ReportSubmission, TaskEntry } from '../submission/types';

type TaskId = keyof NonNullable<Generated['tasks']> & string;
type IndicatorId = keyof NonNullable<Generated['indicators']> & string;

expectTypeOf<Generated>().toEqualTypeOf<ReportSubmission<TaskId, IndicatorId>>();
expectTypeOf<GeneratedTaskEntry>().toEqualTypeOf<TaskEntry>();
expectTypeOf<GeneratedDvkModel>().toEqualTypeOf<DvkModel>();
expectTypeOf<GeneratedDocument>().toEqualTypeOf<ReportDocument>();
// A plan-specific report is a report of the general shape.
expectTypeOf<Generated>().toExtend<ReportSubmission>();
// The ids are the plan's: 29 tasks of section II.
expectTypeOf<'II.1.1' | 'II.8.4'>().toExtend<TaskId>();
expectTypeOf<'ty-le-hai-long'>().toExtend<IndicatorId>();
