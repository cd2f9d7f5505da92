import type { TextCheck } from '../rules/rule';

/**
 * Số, ký hiệu báo cáo — the shape of a báo cáo's number and symbol under Nghị định
 * 30/2020/NĐ-CP (Phụ lục I, mục II.3 and Phụ lục III): `<số>/BC-<cơ quan>[-<đơn vị soạn thảo>]`,
 * e.g. `05/BC-SNV`, `125/BC-UBND`, `12/BC-UBND-NC`; numbers below 10 take a leading zero.
 * In the portable regex subset of the validation contract (literal characters,
 * classes of literal ranges, `(?:…)`, `|`, `?`, `{m,n}`; no escapes, no anchors, no
 * `.`) and matched against the WHOLE string (Python `re.fullmatch`, Java `matches()`,
 * .NET/PCRE `\A(?:…)\z`, ECMAScript `^(?:…)$` without the `m` flag) — so a final
 * newline never passes. Bounded repetitions only: linear time.
 */
export const REPORT_NUMBER_PATTERN = '(?:0[1-9]|[1-9][0-9]{1,5})/BC-[A-ZĐ][A-ZĐa-zđ0-9]{0,19}(?:-[A-ZĐ][A-ZĐa-zđ0-9]{0,19}){0,2}';

/**
 * Kiểm tra văn bản — the checks JSON Logic cannot express, as a documented list.
 * `nfc` and `legacy-encoding` apply to every string value of the submission (after
 * the input guard); `pattern` applies to the string at `pointer`, read in NFC, and
 * must match it whole.
 */
export const TEXT_CHECKS: readonly TextCheck[] = [
  {
    id: 'document.number-format',
    code: 'document.number-format',
    severity: 'error',
    kind: 'pattern',
    pointer: '/document/number',
    pattern: REPORT_NUMBER_PATTERN,
  },
  {
    id: 'text.not-nfc',
    code: 'text.not-nfc',
    severity: 'warning',
    kind: 'nfc',
  },
  {
    id: 'text.legacy-encoding',
    code: 'text.legacy-encoding',
    severity: 'error',
    kind: 'legacy-encoding',
  },
];
