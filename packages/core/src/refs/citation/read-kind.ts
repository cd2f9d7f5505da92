// Loại văn bản trong câu — reading a document kind ("Chỉ thị", "Thông tư liên tịch")
// at a token, longest phrase first so "Thông tư liên tịch" wins over "Thông tư".
import type { DocumentKind } from '../codes';
import { DOCUMENT_KINDS } from '../codes';
import type { _Token } from './tokenize';
import { _matchPhrase, _phraseKeys } from './tokenize';

const _KIND_PHRASES: ReadonlyArray<{ keys: string[]; kind: DocumentKind }> = DOCUMENT_KINDS.map((k) => ({
  keys: _phraseKeys(k.kind),
  kind: k.kind,
})).sort((x, y) => y.keys.length - x.keys.length);

/**
 * @internal The document kind whose name starts at token `at`, with the index
 * after it; `undefined` when no kind name starts there.
 */
export function _kindAt(tokens: readonly _Token[], at: number): { kind: DocumentKind; next: number } | undefined {
  for (const p of _KIND_PHRASES) if (_matchPhrase(tokens, at, p.keys)) return { kind: p.kind, next: at + p.keys.length };
  return undefined;
}
