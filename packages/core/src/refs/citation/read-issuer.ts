// Cơ quan ban hành trong trích dẫn — reading "của <cơ quan>" after a citation, from
// the issuers the kit knows (KNOWN_ISSUERS); an unknown issuer is left out of the span.
import type { KnownIssuer } from '../catalogue';
import { KNOWN_ISSUERS } from '../catalogue';
import { _kindAt } from './read-kind';
import type { _Token } from './tokenize';
import { _isCapitalized, _joinCores, _matchPhrase, _phraseKeys } from './tokenize';
import type { CitationIssuer } from './types';

// Longest names first, so "Ban Thường vụ Tỉnh ủy" wins over "Tỉnh ủy".
const _ISSUER_PHRASES: ReadonlyArray<{ keys: string[]; issuer: KnownIssuer }> = KNOWN_ISSUERS.map((i) => ({
  keys: _phraseKeys(i.name),
  issuer: i,
})).sort((x, y) => y.keys.length - x.keys.length);

/** @internal An issuer read from tokens. */
export interface _IssuerRead {
  issuer: CitationIssuer;
  /** Index after the last token used. */
  next: number;
  /** Offset after the issuer's last character. */
  end: number;
}

/**
 * @internal Reads a known issuer's name at token `at`. Issuers that may carry a
 * place ("Ủy ban nhân dân tỉnh Quảng Trị") take up to four capitalized words after
 * it, with no punctuation between and stopping before a document kind.
 */
export function _issuerAt(tokens: readonly _Token[], at: number): _IssuerRead | undefined {
  for (const p of _ISSUER_PHRASES) {
    if (!_matchPhrase(tokens, at, p.keys)) continue;
    let next = at + p.keys.length;
    if (p.issuer.place) {
      while (
        next - at < p.keys.length + 4 &&
        tokens[next - 1]?.trail === '' &&
        tokens[next] !== undefined &&
        tokens[next]?.lead === '' &&
        _isCapitalized(tokens[next]?.core ?? '') &&
        _kindAt(tokens, next) === undefined
      ) {
        next++;
      }
    }
    const last = tokens[next - 1];
    if (!last) return undefined;
    const issuer: CitationIssuer = { name: _joinCores(tokens, at, next), style: p.issuer.style };
    if (p.issuer.symbol !== undefined) issuer.symbol = p.issuer.symbol;
    return { issuer, next, end: last.coreEnd };
  }
  return undefined;
}

/** @internal Reads an issuer clause "của <cơ quan>" at token `i` (no punctuation before "của"). */
export function _issuerClauseAt(tokens: readonly _Token[], i: number): _IssuerRead | undefined {
  if (tokens[i]?.lower !== 'của' || tokens[i - 1]?.trail !== '') return undefined;
  return _issuerAt(tokens, i + 1);
}
