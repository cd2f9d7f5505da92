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
    description: {
      vi: 'Số, ký hiệu phải khớp trọn mẫu (Nghị định 30/2020/NĐ-CP): <số>/BC-<cơ quan>[-<đơn vị>].',
      en: 'Number and symbol must match the whole pattern (Nghị định 30/2020/NĐ-CP): <number>/BC-<agency>[-<unit>].',
    },
  },
  {
    id: 'text.not-nfc',
    code: 'text.not-nfc',
    severity: 'warning',
    kind: 'nfc',
    description: {
      vi: 'Mọi chuỗi phải bằng chính nó sau chuẩn hóa Unicode NFC (s === NFC(s)).',
      en: 'Every string must equal its Unicode NFC normalization (s === NFC(s)).',
    },
  },
  {
    id: 'text.legacy-encoding',
    code: 'text.legacy-encoding',
    severity: 'error',
    kind: 'legacy-encoding',
    description: {
      vi: 'Chuỗi không được là văn bản gõ bằng bảng mã cũ TCVN3 (ABC) hay VNI đọc nhầm thành Unicode (thuật toán và bảng: rules.json#/legacyEncoding, CONTRACT.md).',
      en: 'No string may be text typed in the legacy TCVN3 (ABC) or VNI encodings read as Unicode (algorithm and tables: rules.json#/legacyEncoding, CONTRACT.md).',
    },
  },
];
