// Kiểm tra khớp — a citation's symbol against its kind and its issuer: "Kế hoạch số
// 04/CT-UBND" names a Chỉ thị's symbol; "05-CT/TW … của Ban Thường vụ Tỉnh ủy" names
// the centre's symbol for a provincial body. Both are warnings, never errors.
import { KNOWN_ISSUERS } from '../catalogue';
import { documentKindInfo, typeCodeName } from '../codes';
import { formatDocumentNumber } from '../number';
import type { _RawIssue } from '../result';
import { _issue } from '../result';
import type { Citation } from './types';

const _TERM_SYMBOLS: ReadonlySet<string> = new Set(KNOWN_ISSUERS.filter((k) => k.withTerm && k.symbol !== undefined).map((k) => k.symbol ?? ''));

// `QH13` is `QH` + a term of one or two digits.
function _isSymbolWithTerm(written: string, symbol: string): boolean {
  if (!written.startsWith(symbol)) return false;
  const term = written.slice(symbol.length);
  return term.length >= 1 && term.length <= 2 && [...term].every((ch) => ch >= '0' && ch <= '9');
}

/** @internal Appends kind- and issuer-mismatch warnings of `c` to `warnings`. */
export function _checkConsistency(c: Omit<Citation, 'raw'>, warnings: _RawIssue[]): void {
  const n = c.number;
  if (!n || !c.kind) return;
  const info = documentKindInfo(c.kind);
  const expected = n.style === 'party' ? info.partyCode : info.stateCode;
  // A state number without a type code is a công văn — or a law/resolution with the year in.
  const year = n.style === 'state' ? n.year : undefined;
  const mismatch = n.typeCode !== undefined ? n.typeCode !== expected : expected !== undefined && year === undefined;
  if (mismatch) {
    const denotes = n.typeCode !== undefined ? (typeCodeName(n.typeCode, n.style) ?? n.typeCode) : 'Công văn';
    warnings.push(
      _issue(
        'refs.citation.kind-mismatch',
        'warning',
        `Ký hiệu ${formatDocumentNumber(n)} là của "${denotes}", không khớp với loại "${c.kind}".`,
        `Symbol ${formatDocumentNumber(n)} denotes "${denotes}", which does not match "${c.kind}".`,
      ),
    );
  }
  const iss = c.issuer;
  if (iss?.symbol === undefined) return;
  // Quốc hội and its Standing Committee sign with the term (QH13, UBTVQH15).
  const withTerm = _TERM_SYMBOLS.has(iss.symbol);
  const sameIssuer = withTerm ? _isSymbolWithTerm(n.issuer, iss.symbol) : iss.symbol === n.issuer;
  if (!sameIssuer || (iss.style !== undefined && iss.style !== n.style)) {
    warnings.push(
      _issue(
        'refs.citation.issuer-mismatch',
        'warning',
        `Ký hiệu ${formatDocumentNumber(n)} không khớp với cơ quan ban hành "${iss.name}" (${iss.symbol}).`,
        `Symbol ${formatDocumentNumber(n)} does not match the issuer "${iss.name}" (${iss.symbol}).`,
      ),
    );
  }
}
