import type { Message } from '@dvcq/core';

/**
 * Trạng thái kế hoạch — where a plan of the registry stands: `draft` (uploaded or
 * imported, being fixed; not served), `published` (ban hành: served to the units),
 * `withdrawn` (thu hồi: no longer served; its reports stay).
 */
export type PlanStatus = 'draft' | 'published' | 'withdrawn';

/** Các trạng thái kế hoạch — every {@link PlanStatus}, in lifecycle order. */
export const PLAN_STATUSES = ['draft', 'published', 'withdrawn'] as const satisfies readonly PlanStatus[];

/** Nhãn trạng thái kế hoạch — Vietnamese and English labels of {@link PlanStatus}. */
export const PLAN_STATUS_LABELS: Readonly<Record<PlanStatus, Message>> = {
  draft: { vi: 'Bản nháp', en: 'Draft' },
  published: { vi: 'Đã ban hành', en: 'Published' },
  withdrawn: { vi: 'Đã thu hồi', en: 'Withdrawn' },
};

/**
 * Phát hiện về kế hoạch — one thing a person should look at in a plan: an import
 * finding (`import.*`) or a plan check issue (`plan.*`), with a JSON Pointer into
 * the plan and the message in both languages.
 */
export interface PlanFinding {
  code: string;
  /** `error` blocks publishing; `warning` is shown; `review` (import) needs a person; `info` is recorded. */
  severity: 'error' | 'warning' | 'review' | 'info';
  /** JSON Pointer (RFC 6901) into the plan; `''` is the whole plan. */
  pointer: string;
  message: Message;
  /** Where in the source document it came from, as text ("dòng 12, cột 3" / "line 12, column 3"). */
  place?: Message;
  /** The source text concerned (shortened). */
  excerpt?: string;
}

/**
 * Nguồn của kế hoạch — where a registry entry came from: the file the administrator
 * uploaded (a plan file or a plan document read by `@dvcq/import`), or the
 * portal's configuration (`DVCQ_PLAN` or the bundled plan) at start.
 */
export interface PlanSource {
  kind: 'upload' | 'import' | 'config';
  /** Tên tệp — the uploaded file's name, or the configured spec (plan id or path). */
  fileName?: string;
  /** Định dạng — `json`, `docx`, `pdf`, `html`, `text`, `markdown`. */
  format?: string;
  /** Phát hiện khi nhập — the import findings, kept as they were when the document was read. */
  findings: PlanFinding[];
}

/**
 * Kế hoạch trong sổ — one entry of the plan registry: the plan file (JSON, as
 * uploaded or edited; a draft may not be a valid plan yet), its status and who
 * did what when. An entry is never deleted (withdrawn instead).
 */
export interface PlanEntry {
  /** Mã mục — the registry's id of this entry (random; one plan id can have several entries over time). */
  key: string;
  /** The plan's `id` (from the plan JSON; `''` when the draft has none yet). */
  planId: string;
  /** The plan's `year` (from the plan JSON; 0 when the draft has none yet). */
  year: number;
  status: PlanStatus;
  /** Kế hoạch — the plan file as JSON. */
  plan: Record<string, unknown>;
  source: PlanSource;
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
  publishedBy?: string;
  publishedAt?: string;
  withdrawnBy?: string;
  withdrawnAt?: string;
  /** Thay bởi — the entry that replaced this one when it was published with the same plan id. */
  replacedBy?: string;
}

/** Mục mới — what {@link PlanStore.add} takes. */
export interface NewPlanEntry {
  key: string;
  status: 'draft' | 'published';
  plan: Record<string, unknown>;
  source: PlanSource;
  by: string;
  at: string;
}

/** Kết quả ban hành — the outcome of {@link PlanStore.publish}. */
export type PublishResult =
  | { ok: true; entry: PlanEntry; /** the entry of the same plan id it replaced */ replaced?: string }
  | { ok: false; code: 'not-found' | 'not-draft' | 'no-plan-id' };

/**
 * Sổ kế hoạch — the plans a portal knows: drafts, published plans (served side by
 * side, several plans and years) and withdrawn ones. At most one published entry
 * per plan id: publishing another entry of that id replaces it in one
 * transaction (held by a database constraint, so two processes cannot both publish).
 */
export interface PlanStore {
  /**
   * Adds an entry (a draft, or a published plan at start). `published` refuses
   * (`ok: false`) when the plan id is already published.
   */
  add(entry: NewPlanEntry): Promise<{ ok: true; entry: PlanEntry } | { ok: false; code: 'duplicate' }>;
  get(key: string): Promise<PlanEntry | undefined>;
  /** Entries, newest first. */
  list(query?: { status?: PlanStatus; planId?: string }): Promise<PlanEntry[]>;
  /** Replaces a draft's plan JSON; `false` when the entry is not a draft. */
  updateDraft(key: string, plan: Record<string, unknown>, by: string, at: string): Promise<boolean>;
  /** Publishes a draft, withdrawing the published entry of the same plan id, if any. */
  publish(key: string, by: string, at: string): Promise<PublishResult>;
  /** Withdraws a published entry; `false` when it is not published. */
  withdraw(key: string, by: string, at: string): Promise<boolean>;
}
