// The README's opening example, run as written: its printed lines must be the
// ```text block that follows it.
import { expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

it('README example prints what the README shows', async () => {
  const pkg = fileURLToPath(new URL('../../', import.meta.url));
  const readme = readFileSync(join(pkg, 'README.md'), 'utf8');
  const m = /^```ts\n([\s\S]*?)^```\n\n```text\n([\s\S]*?)^```/m.exec(readme);
  expect(m, 'README opens with a ```ts block followed by its ```text output').not.toBeNull();
  mkdirSync(join(pkg, '.readme-tmp'), { recursive: true });
  const dir = mkdtempSync(join(pkg, '.readme-tmp', 'readme-'));
  const file = join(dir, 'example.ts');
  writeFileSync(file, m![1]!);
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void lines.push(a.map(String).join(' ')));
  try {
    await import(/* @vite-ignore */ file);
  } finally {
    log.mockRestore();
    rmSync(dir, { recursive: true, force: true });
  }
  expect(lines.join('\n').split('\n')).toEqual(m![2]!.trimEnd().split('\n'));
});
