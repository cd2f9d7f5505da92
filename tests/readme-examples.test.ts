// Every package README opens with a runnable example whose printed output it shows
// (CONTRIBUTING.md): each ```ts block of packages/*/README.md is written to a
// temporary module inside that package (so the package's own dependencies resolve, as
// for a user who installed it) and imported, so a README that drifts from the API fails
// here. When a ```text block follows a ```ts block (blank lines between allowed), it
// holds exactly what the example prints with console.log, and is compared. A block
// fenced as ```ts no-run is shown to readers but not executed (e.g. needs a browser).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { afterAll, describe, expect, it, vi } from 'vitest';

const root = join(import.meta.dirname, '..');
const tmpDirs: string[] = [];
afterAll(() => {
  for (const d of tmpDirs) rmSync(d, { recursive: true, force: true });
});

const readmes = readdirSync(join(root, 'packages'))
  .map((p) => join(root, 'packages', p, 'README.md'))
  .filter((f) => existsSync(f));

describe.each(readmes.map((f) => [f.slice(root.length + 1), f]))('%s', (_name, file) => {
  // A ts block and, when one follows right after it, the text block of its output.
  const blocks = [...readFileSync(file, 'utf8').matchAll(/^```ts([^\n]*)\n([\s\S]*?)^```[ \t]*\n(?:\s*\n)*(?:```text\n([\s\S]*?)^```)?/gm)];
  const runnable = blocks.filter((b) => !b[1]!.includes('no-run'));

  it('has at least one runnable TypeScript example', () => {
    expect(runnable.length).toBeGreaterThan(0);
  });

  // CONTRIBUTING.md: the reader meets a runnable example right after the
  // introduction (before the second section heading), and sees what it prints.
  it('opens with a runnable example whose printed output it shows', () => {
    const first = runnable[0];
    expect(first, 'no runnable ```ts block').toBeDefined();
    const text = readFileSync(file, 'utf8');
    const headingsBefore = [...text.matchAll(/^## /gm)].filter((m) => m.index! < first!.index!).length;
    expect(headingsBefore, 'the first runnable example comes after the second "## " heading').toBeLessThanOrEqual(1);
    expect(first![3], 'the first runnable example has no ```text block of its output').toBeDefined();
  });

  it.each(runnable.map((b, i) => [i, b[2]!, b[3]] as const))('example %i runs and prints what the README shows', async (i, code, expected) => {
    const tmp = join(file, '..', '.readme-tmp');
    mkdirSync(tmp, { recursive: true });
    tmpDirs.push(tmp);
    const mod = join(tmp, `example-${i}.ts`);
    writeFileSync(mod, code);
    // Run from a scratch directory: examples may create files (e.g. a database).
    const cwd = process.cwd();
    process.chdir(tmp);
    const printed: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      printed.push(format(...args));
    });
    try {
      await import(/* @vite-ignore */ mod);
    } finally {
      log.mockRestore();
      process.chdir(cwd);
    }
    if (expected !== undefined) expect(printed.join('\n').trimEnd()).toBe(expected.trimEnd());
  });
});
