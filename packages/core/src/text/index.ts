// Public API of the Vietnamese text utilities (hand-picked; re-exported by the package index).
export { normalizeText, isNfc, searchKey } from './normalize';
export type { NormalizeTextOptions, WhitespaceMode } from './normalize';
// The legacy-encoding check and the syllable check it uses are values of the
// `@dvcq/core/legacy` entry (../legacy.ts), not of the main entry: a module the main
// entry imports lands in every page's first download, and a form page loads the
// detector and its tables on demand. Their types stay here.
export type { VietnameseSyllableTables } from './syllable';
export { formatNumber, formatPercent } from './numbers';
export type { FormatNumberOptions } from './numbers';
export { shortTitle } from './short-title';
export type { ShortTitleOptions } from './short-title';
export type {
  DecodeLegacyOptions,
  DetectLegacyOptions,
  LegacyEncoding,
  LegacyDetectionTables,
  LegacyEncodingReport,
  LegacyEvidence,
} from './legacy';
