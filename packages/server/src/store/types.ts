/**
 * Vấn đề được lưu kèm — an issue kept with a stored report (warnings such as
 * `report.late` are accepted but never dropped).
 */
export interface StoredIssue {
  code: string;
  severity: 'error' | 'warning';
  path: string;
  message: string;
  ruleId?: string;
}

/**
 * Báo cáo đã lưu — a report as the store keeps it: the submission exactly as
 * validated, plus what the server knows about its arrival.
 */
export interface ReportRecord {
  /** Mã hồ sơ — the id the server gave it (random, not guessable). */
  id: string;
  planId: string;
  unitId: string;
  period: string;
  year: number;
  /** Số, ký hiệu văn bản — e.g. `15/BC-SNV`. */
  documentNumber: string;
  /** Thời điểm nhận — when the server stored it, ISO 8601 with `+07:00`. */
  receivedAt: string;
  /** Báo cáo bị thay thế — id of the earlier report this one corrects. */
  replaces?: string;
  /** Bị thay thế bởi — id of the correction that superseded this one, if any. */
  replacedBy?: string;
  /** Warnings `validateReport` gave when it was accepted. */
  warnings: StoredIssue[];
  /** The submission (the value `validateReport` returned). */
  report: Record<string, unknown>;
}

/** Báo cáo mới — what the handler asks a store to insert. */
export type NewReportRecord = Omit<ReportRecord, 'replacedBy'>;

/**
 * Kết quả ghi — the outcome of an insert, as a value. The store decides
 * atomically (inside one transaction or one synchronous step), so two racing
 * requests can never both win.
 */
export type InsertResult =
  | { ok: true; record: ReportRecord }
  /** Same plan, unit, period, year and document number already stored (→ 409). */
  | { ok: false; code: 'duplicate'; existingId: string }
  /** `replaces` names no stored report (→ 422). */
  | { ok: false; code: 'replaces-not-found' }
  /** `replaces` names a report of another plan, unit, period or year (→ 422, or 403 for another unit). */
  | { ok: false; code: 'replaces-mismatch'; field: 'planId' | 'unitId' | 'period' | 'year' }
  /** `replaces` names a report that a correction already superseded (→ 409). */
  | { ok: false; code: 'already-replaced'; replacedBy: string };

/** Bộ lọc — which reports to list. Absent fields match everything. */
export interface ReportQuery {
  planId?: string;
  unitId?: string;
  period?: string;
  year?: number;
  /** `true`: only reports no correction superseded (the default); `false`: the whole history. */
  currentOnly?: boolean;
}

/**
 * Kho báo cáo — where reports are kept. Two implementations ship: an in-memory
 * one (tests, demos) and one on SQLite ({@link createSqliteReportStore}). A
 * deployment may write its own against PostgreSQL etc.; it must make `insert`
 * atomic and never delete or overwrite a stored report (corrections add a row).
 */
export interface ReportStore {
  /** Stores a new report, or says why not. */
  insert(record: NewReportRecord): Promise<InsertResult>;
  /** One report by id (superseded ones too). */
  get(id: string): Promise<ReportRecord | undefined>;
  /** Reports matching a query, oldest first. */
  list(query?: ReportQuery): Promise<ReportRecord[]>;
  /** Lịch sử — the correction chain the report belongs to, oldest first. */
  history(id: string): Promise<ReportRecord[]>;
}

/** @internal Checks a correction target against the new report; `undefined` when it fits. */
export function _replacesMismatch(
  target: Pick<ReportRecord, 'planId' | 'unitId' | 'period' | 'year'>,
  record: Pick<NewReportRecord, 'planId' | 'unitId' | 'period' | 'year'>,
): 'planId' | 'unitId' | 'period' | 'year' | undefined {
  if (target.unitId !== record.unitId) return 'unitId';
  if (target.planId !== record.planId) return 'planId';
  if (target.period !== record.period) return 'period';
  if (target.year !== record.year) return 'year';
  return undefined;
}
