// @dvcq/core/legacy — legacy Vietnamese font encodings (bảng mã cũ TCVN3/ABC, VNI):
// detection, conversion, and the Vietnamese syllable check the detector relies on.
// A separate entry, not the main one: the detector's tables weigh ≈ 2.7 kB gzip, and
// a form page loads them on demand (`loadLegacyEncoding` of @dvcq/report/browser)
// while everything the page draws first comes from the main entry. Their types are
// exported by the main entry too.
export {
  LEGACY_DETECT_MAX_CHARS,
  decodeLegacy,
  detectLegacyEncoding,
  encodeLegacy,
  legacyDetectionTables,
  legacyEncodingMessage,
  legacyEncodingOf,
} from './text/legacy';
export type { DecodeLegacyOptions, DetectLegacyOptions, LegacyDetectionTables, LegacyEncoding, LegacyEncodingReport, LegacyEvidence } from './text/legacy';
export { isVietnameseSyllable, vietnameseSyllableTables } from './text/syllable';
export type { VietnameseSyllableTables } from './text/syllable';
