// The consolidated draft as one more export format of a consolidation (@dvcq/aggregate's
// registry): wherever formats are offered from a list — `dvcq aggregate --out FILE.docx`,
// a server's `?format=docx` — the draft comes with it.
import type { ExportFormat } from '@dvcq/aggregate';
import type { Issue } from '@dvcq/core';
import { renderConsolidatedDocx } from '../render';

/** Kiểu MIME của tệp DOCX. */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Lỗi lập văn bản — the rejection of {@link consolidatedDocxFormat}'s `write` when the draft
 * cannot be written (another plan, no obligation for the period); `issues` says why.
 */
export class DocumentNotWrittenError extends Error {
  /** Stable code of the first issue, e.g. `documents.no-obligation`. */
  readonly code: string;
  constructor(readonly issues: readonly Issue[]) {
    super(issues.map((i) => `${i.code}: ${i.message}`).join('; '));
    this.name = 'DocumentNotWrittenError';
    this.code = issues[0]?.code ?? 'documents.not-written';
  }
}

/**
 * Định dạng dự thảo báo cáo tổng hợp — the consolidated draft (DOCX per Nghị định 30/2020) as an
 * `ExportFormat` of `@dvcq/aggregate`: add it to the list of formats offered
 * (`[...EXPORT_FORMATS, consolidatedDocxFormat]`). Needs `options.plan` (servers and the CLI pass it).
 */
export const consolidatedDocxFormat: ExportFormat = {
  id: 'docx',
  label: { vi: 'Dự thảo báo cáo tổng hợp (DOCX)', en: 'Consolidated draft report (DOCX)' },
  mime: DOCX_MIME,
  ext: 'docx',
  perTable: false,
  async write(agg, options = {}) {
    if (!options.plan) throw new TypeError('consolidatedDocxFormat.write needs options.plan (the plan the consolidation was made from)');
    const r = await renderConsolidatedDocx(agg, { plan: options.plan });
    if (!r.ok) throw new DocumentNotWrittenError(r.issues);
    return r.value;
  },
};
