// Public API of document references (hand-picked; re-exported by the package index).
export type { RefsIssue, RefsIssueCode, RefsOptions, RefsResult } from './result';
export { DOCUMENT_KINDS, documentKindInfo, kindsForTypeCode, typeCodeName } from './codes';
export type { DocumentKind, DocumentKindInfo } from './codes';
export {
  MAX_DOCUMENT_NUMBER_LENGTH,
  MAX_RUNNING_NUMBER,
  formatDocumentNumber,
  parseDocumentNumber,
  sameDocumentNumber,
} from './number';
export type { DocumentNumber, PartyDocumentNumber, StateDocumentNumber } from './number';
export { MAX_DOCUMENT_DATE_LENGTH, daysInMonth, documentDateToIso, formatDocumentDate, parseDocumentDate } from './date';
export type { DocumentDate, DocumentDateStyle } from './date';
export { KNOWN_ISSUERS, NAMED_DOCUMENTS } from './catalogue';
export type { KnownIssuer, NamedDocumentEntry } from './catalogue';
export { MAX_CITATION_LENGTH, MAX_PARAGRAPH_LENGTH, findCitations, formatCitation, parseCitation } from './citation';
export type { Citation, CitationIssuer, FormatCitationOptions, FoundCitation, KitLink, NamedDocument } from './citation';
