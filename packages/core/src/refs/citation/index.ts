// Public API of the citation parser (re-exported by refs/index.ts).
export { MAX_CITATION_LENGTH, MAX_PARAGRAPH_LENGTH, findCitations, formatCitation, parseCitation } from './citation';
export type { FormatCitationOptions } from './citation';
export type { Citation, CitationIssuer, FoundCitation, KitLink, NamedDocument } from './types';
