// Văn bản DOCX — the portal's downloads as official documents (Nghị định 30/2020/NĐ-CP,
// written by @dvcq/documents): a unit's report (`GET /api/reports/:id?format=docx`); the
// coordinator's consolidated draft is documents' own `consolidatedDocxFormat` export format
// (`GET /api/aggregate?…&format=docx`, see app.ts). The HTTP kit takes both as formats, so
// it does not depend on the document writer.
import type { Plan } from '@dvcq/core';
import { DOCX_MIME, renderUnitReportDocx } from '@dvcq/documents';
import type { ReportFormat } from '@dvcq/server';

/**
 * Báo cáo của đơn vị (DOCX) — the stored report as the unit's "Báo cáo"; a draft
 * ("DỰ THẢO") with `?draft=1`. The report was checked in final mode when it was
 * received, so the final document is written unless the plan's rules changed since.
 */
export function unitReportDocxFormat(plan: Plan): ReportFormat {
  return {
    id: 'docx',
    label: { vi: 'Văn bản báo cáo (DOCX)', en: 'Report document (DOCX)' },
    mime: DOCX_MIME,
    ext: 'docx',
    // Checked at its receipt time: the document is the report as it was submitted (a late
    // report stays late, an on-time one on time, whenever it is downloaded).
    write: (record, { lang, draft }) => renderUnitReportDocx(record.report, { plan, lang, now: record.receivedAt, draft }),
  };
}
