import { z } from 'zod';
import { TASK_DUE_KINDS } from '../vocabulary/vocabulary';
import { PLAN_FORMAT_VERSION } from './version';
import { IdSchema, IsoDateSchema, LocalizedTextSchema, PlanTextSchema } from './primitives';
import { OrgUnitSchema, UnitGroupSchema } from './org';
import { CitedDocumentSchema, RecipientLineSchema, SignerBlockSchema } from './document';
import { ObligationSchema } from './obligation';
import { IndicatorSchema, IndicatorSumSchema } from './indicator';

/**
 * Thời hạn của nhiệm vụ — when a task is due, as the plan states it ("Quý II/2026",
 * "trước 30/6/2026", "thường xuyên"), with the last day when the text names one.
 */
export const TaskDueSchema = z.strictObject({
  text: z.string().min(1).describe('Nguyên văn / verbatim, e.g. "Quý II/2026"'),
  kind: z.enum(TASK_DUE_KINDS),
  date: IsoDateSchema.optional().describe('Ngày cuối cùng (nếu văn bản xác định được) / the last day, when the text fixes one'),
});
/** Thời hạn của nhiệm vụ — task due time. */
export type TaskDue = z.infer<typeof TaskDueSchema>;

/**
 * Nhiệm vụ — one bullet of a content area (section II), with a stable id
 * `II.<area>.<n>` following the plan's own order.
 * The units that carry the task (and report on it) are `assignees` together with the
 * `lead` (chủ trì) and `cooperating` (phối hợp) units when the plan names those roles.
 * When the bullet names its units itself `assigneesFrom` is `'task'`; when the bullet is
 * silent and the assignment comes from a general clause (e.g. III.1) it names that
 * clause, and an appendix table is named by its own id.
 */
export const TaskSchema = z.strictObject({
  id: IdSchema,
  text: PlanTextSchema,
  assignees: z.array(IdSchema).default([]),
  assigneesFrom: z.string().min(1).describe('"task" hoặc mục giao việc / "task" or the clause that assigns it, e.g. "III.1"'),
  lead: z.array(IdSchema).optional().describe('Cơ quan chủ trì / lead units'),
  cooperating: z.array(IdSchema).optional().describe('Cơ quan phối hợp / cooperating units'),
  due: TaskDueSchema.optional().describe('Thời hạn hoàn thành / due time'),
  cites: z.array(IdSchema).default([]).describe('Văn bản được viện dẫn / cited document ids'),
});
/** Nhiệm vụ — task. */
export type Task = z.infer<typeof TaskSchema>;

/** Nội dung — a content area of section II, holding its tasks. */
export const ContentAreaSchema = z.strictObject({
  id: IdSchema,
  title: PlanTextSchema,
  tasks: z.array(TaskSchema),
});
/** Nội dung — content area. */
export type ContentArea = z.infer<typeof ContentAreaSchema>;

/** Đoạn văn — a numbered paragraph of the plan (purposes, requirements, closing text). */
export const ParagraphSchema = z.strictObject({
  id: IdSchema,
  text: PlanTextSchema,
  cites: z.array(IdSchema).default([]),
});
/** Đoạn văn — paragraph. */
export type Paragraph = z.infer<typeof ParagraphSchema>;

/** Tiểu mục — a titled part of a section (e.g. I.1 "Mục đích"). */
export const PartSchema = z.strictObject({
  id: IdSchema,
  title: PlanTextSchema,
  paragraphs: z.array(ParagraphSchema),
});
/** Tiểu mục — part of a section. */
export type Part = z.infer<typeof PartSchema>;

/**
 * Mục tổ chức thực hiện — an item of the implementation section (III): who does
 * what, and which obligations it creates.
 */
export const ImplementationItemSchema = z.strictObject({
  id: IdSchema,
  text: PlanTextSchema,
  assignees: z.array(IdSchema).default([]),
  obligations: z.array(IdSchema).default([]),
});
/** Mục tổ chức thực hiện — implementation item. */
export type ImplementationItem = z.infer<typeof ImplementationItemSchema>;

/**
 * Phần của kế hoạch — a top-level section (I, II, III). `goals` holds titled
 * parts, `content` the content areas and tasks, `implementation` the items that
 * assign work and reporting, plus the closing paragraph.
 */
export const SectionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('goals'), id: IdSchema, title: PlanTextSchema, parts: z.array(PartSchema) }),
  z.strictObject({ kind: z.literal('content'), id: IdSchema, title: PlanTextSchema, areas: z.array(ContentAreaSchema) }),
  z.strictObject({
    kind: z.literal('implementation'),
    id: IdSchema,
    title: PlanTextSchema,
    items: z.array(ImplementationItemSchema),
    closing: ParagraphSchema.optional(),
  }),
]);
/** Phần của kế hoạch — section. */
export type Section = z.infer<typeof SectionSchema>;


/**
 * Nhắc hạn — when units that have not submitted are reminded: on the working day
 * N working days before the last day to submit (for each N in `beforeWorkingDays`)
 * and, with `afterDeadline`, on the first working day after it. Absent: 5 and 1
 * working days before, and the day after.
 */
export const RemindersSchema = z.strictObject({
  beforeWorkingDays: z
    .array(z.number().int().min(0).max(60))
    .max(10)
    .describe('Nhắc trước hạn bao nhiêu ngày làm việc (0 = đúng ngày cuối) / remind this many working days before the last day (0 = on the last day)'),
  afterDeadline: z.boolean().describe('Nhắc vào ngày làm việc đầu tiên sau hạn / remind on the first working day after the deadline'),
});
/** Nhắc hạn — a plan's reminder settings. */
export type Reminders = z.infer<typeof RemindersSchema>;

/**
 * Kế hoạch — a whole plan: metadata, the document's sections, the organisations
 * it names, the reports it requires, and the indicators reports give.
 */
export const PlanSchema = z.strictObject({
  $schema: z.string().optional(),
  formatVersion: z.literal(PLAN_FORMAT_VERSION),
  id: IdSchema.describe('Mã kế hoạch / plan id, e.g. "tinh-abc-2026"'),
  title: PlanTextSchema,
  year: z.number().int().min(1945).max(2200),
  issuer: IdSchema.describe('Cơ quan ban hành / issuing unit id'),
  coordinator: IdSchema.optional().describe('Cơ quan theo dõi, đôn đốc, tổng hợp / the body that follows up and consolidates reports'),
  place: z.string().min(1).optional().describe('Địa danh / place name of the issuer'),
  number: z.string().min(1).optional().describe('Số, ký hiệu của kế hoạch (nếu có trong nguồn) / the plan own number, if the source gives it'),
  date: IsoDateSchema.optional().describe('Ngày ban hành (nếu có trong nguồn) / date of issue, if the source gives it'),
  basis: z.array(IdSchema).default([]).describe('Căn cứ / documents the plan is based on'),
  preamble: PlanTextSchema.optional(),
  sections: z.array(SectionSchema).min(1),
  recipients: z.array(RecipientLineSchema).default([]),
  signer: SignerBlockSchema.optional(),
  documents: z.array(CitedDocumentSchema).default([]),
  orgUnits: z.array(OrgUnitSchema).min(1),
  unitGroups: z.array(UnitGroupSchema).default([]),
  obligations: z.array(ObligationSchema).default([]),
  indicators: z.array(IndicatorSchema).default([]),
  indicatorSums: z.array(IndicatorSumSchema).default([]).describe('Các nhóm chỉ tiêu mà tổng các phần không vượt chỉ tiêu tổng / sums of parts checked against their total'),
  reminders: RemindersSchema.optional().describe(
    'Nhắc hạn các đơn vị chưa nộp (mặc định: 5 và 1 ngày làm việc trước hạn, và ngày làm việc đầu tiên sau hạn) / reminders to units that have not submitted (default: 5 and 1 working days before, and the first working day after)',
  ),
  source: z
    .object({ description: LocalizedTextSchema, file: z.string().optional() })
    .optional()
    .describe('Nguồn của tệp dữ liệu / where the data was taken from'),
});
/** Kế hoạch — a plan, as read from a plan file. */
export type Plan = z.infer<typeof PlanSchema>;
/** Kế hoạch (dữ liệu vào) — a plan file's content before defaults are applied. */
export type PlanInput = z.input<typeof PlanSchema>;
