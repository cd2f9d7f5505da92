// Public API of the Vietnamese text utilities (hand-picked; re-exported by the package index).
export { normalizeText, isNfc, searchKey } from './normalize';
export type { NormalizeTextOptions, WhitespaceMode } from './normalize';
export { isVietnameseSyllable, vietnameseSyllableTables } from './syllable';
export type { VietnameseSyllableTables } from './syllable';
export { formatNumber, formatPercent } from './numbers';
export type { FormatNumberOptions } from './numbers';
export { shortTitle } from './short-title';
export type { ShortTitleOptions } from './short-title';
export {
  LEGACY_DETECT_MAX_CHARS,
  decodeLegacy,
  detectLegacyEncoding,
  encodeLegacy,
  legacyDetectionTables,
  legacyEncodingOf,
  legacyEncodingMessage,
} from './legacy';
export type {
  DecodeLegacyOptions,
  DetectLegacyOptions,
  LegacyEncoding,
  LegacyDetectionTables,
  LegacyEncodingReport,
  LegacyEvidence,
} from './legacy';
