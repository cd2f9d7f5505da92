// Public API of @dvcq/documents — a hand-picked list (no `export *` of internals).
export { renderConsolidatedDocx, renderUnitReportDocx } from './render';
export type { RenderUnitReportOptions } from './render';
export { unitReportDocument } from './unit-report/unit-report';
export type { UnitReportDocumentOptions } from './unit-report/unit-report';
export { consolidatedReportDocument } from './consolidated/consolidated';
export type { ConsolidatedDocumentOptions } from './consolidated/consolidated';
export { DOCX_MIME, DocumentNotWrittenError, consolidatedDocxFormat } from './consolidated/format';
export type {
  ConsolidatedUnitModel,
  ConsolidatedUnitState,
  ConsolidatedUnitText,
  ConsolidationInput,
} from './consolidated/types';
export { toDocx } from './docx/write';
export type {
  AnnexSpec,
  BlockSpec,
  HeaderSpec,
  OfficialDocumentSpec,
  SignatureSpec,
  TableColumnSpec,
  TextRunSpec,
} from './model/document';
export { FONT, MOTTO, NATIONAL_NAME, PAGE, PARAGRAPH, SHORT_RULE_FRACTION, STYLES, TEXT_WIDTH_MM, textWidthPt } from './layout/nd30';
export type { TextStyle } from './layout/nd30';
export { formatRatioVi } from './format/numbers';
export { documentDateText, issuerLines, recipientName, signerTitleLines } from './format/names';
export type { SignerInput } from './format/names';
