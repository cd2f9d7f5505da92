// Type-level test: the committed report.d.ts (json-schema-to-typescript on the exported
// JSON Schema of the Hòa Bình plan) equals the type zod infers for the same plan's
// schema. Checked by `tsc` (repo typecheck) and by types.test.ts.
import { expectTypeOf } from 'vitest';
import type { z } from 'zod';
import type { ReportSubmission as Generated, TaskEntry as GeneratedTaskEntry, DvkModel as GeneratedDvkModel } from '../../generated/report';
import type { DvkModel, ReportSchema, ReportSubmission, TaskEntry } from '../submission/schema';

// The zod schema is built at run time, so its static type is generic in the task and
// indicator ids; instantiate it with the ids of the generated file.
type TaskId = keyof NonNullable<Generated['tasks']> & string;
type IndicatorId = keyof NonNullable<Generated['indicators']> & string;
type Inferred = z.infer<ReportSchema<TaskId, IndicatorId>>;

expectTypeOf<Generated>().toEqualTypeOf<Inferred>();
expectTypeOf<GeneratedTaskEntry>().toEqualTypeOf<TaskEntry>();
expectTypeOf<GeneratedDvkModel>().toEqualTypeOf<DvkModel>();
// A plan-specific report is a report of the general shape.
expectTypeOf<Generated>().toExtend<ReportSubmission>();
// The ids are the plan's: 29 tasks of section II.
expectTypeOf<'II.1.1' | 'II.8.4'>().toExtend<TaskId>();
expectTypeOf<'ty-le-hai-long'>().toExtend<IndicatorId>();
