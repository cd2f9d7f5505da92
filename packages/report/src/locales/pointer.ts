// JSON Pointer parsing, in a module of its own: the validator uses it without the
// message catalogues (a Vietnamese page must not load the English one).

/**
 * Tách JSON Pointer — splits an RFC 6901 pointer into unescaped segments.
 * @param pointer - e.g. `/tasks/II.1.1/status`
 * @returns the segments (`[]` for the root)
 */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
