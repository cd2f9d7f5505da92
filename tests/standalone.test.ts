// The repository stands alone (CONTRIBUTING.md): no tracked file may refer to anything
// outside it — a sibling folder, a machine's absolute path, design notes that live
// elsewhere — and every Markdown link must land on a file (and anchor) inside it.
// Files are those git tracks plus new ones it does not ignore, so a file is checked
// before it is committed; without git the tree is walked.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');

function _walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === '.git' || name === 'dist' || name.startsWith('.test-results')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) _walk(p, out);
    else out.push(relative(root, p).split(sep).join('/'));
  }
}

function repoFiles(): string[] {
  try {
    const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return [...new Set(out.split('\0').filter((f) => f.length > 0 && existsSync(join(root, f))))];
  } catch {
    const out: string[] = [];
    _walk(root, out);
    return out;
  }
}

const files = repoFiles();
const textFiles = files
  .map((f) => ({ file: f, bytes: readFileSync(join(root, f)) }))
  .filter(({ bytes }) => !bytes.subarray(0, 8000).includes(0))
  .map(({ file, bytes }) => ({ file, text: bytes.toString('utf8') }));

// Built from parts so that this file does not match its own patterns.
const FORBIDDEN: ReadonlyArray<{ what: string; re: RegExp }> = [
  { what: 'a sibling folder of the repository', re: new RegExp(['\\.\\.', '[\\\\/]', 'shared\\b'].join(''), 'g') },
  { what: 'a path that walks up to a sibling folder', re: new RegExp(["['\"]\\.\\.['\"]", "\\s*,\\s*['\"]", 'shared', "['\"]"].join(''), 'g') },
  {
    what: 'an absolute path of a machine',
    re: new RegExp(["(?:^|[\\s'\"`(=:,\\[])", '(/(?:', ['wo' + 'rk', 'ho' + 'me', 't' + 'mp', 'ro' + 'ot', 'Us' + 'ers', 'mn' + 't'].join('|'), ')/)'].join(''), 'gm'),
  },
  { what: 'a Windows user folder', re: new RegExp(['[A-Za-z]:\\\\', 'Us' + 'ers', '\\\\'].join(''), 'g') },
  { what: 'design notes kept outside the repository', re: new RegExp(['\\b(?:', 'DES' + 'IGN', '|', 'STY' + 'LE', ')\\.md\\b'].join(''), 'g') },
];

function lineOf(text: string, index: number): number {
  let n = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

describe('the repository stands alone', () => {
  it('finds the files it checks', () => {
    expect(files).toContain('package.json');
    expect(files).toContain('tests/standalone.test.ts');
    expect(textFiles.length).toBeGreaterThan(100);
  });

  it('the patterns catch what they are meant to catch', () => {
    const hits = (s: string) => FORBIDDEN.filter((f) => new RegExp(f.re.source, f.re.flags).test(s)).length;
    for (const bad of [`read '..${'/'}shared/seed'`, `join(root, '..', '${'shared'}')`, ` /${'work'}/main`, `"/${'tmp'}/x"`, `(/${'home'}/u/x)`, `C:\\${'Users'}\\me`, `see ${'DESIGN'}.md`, `${'STYLE'}.md: rules`]) {
      expect(hits(bad), bad).toBeGreaterThan(0);
    }
    for (const ok of ['https://example.org/home/page', 'packages/core/src/refs', 'docs/domain.md#deadlines', 'a/tmp/b', 'os.tmpdir()']) expect(hits(ok), ok).toBe(0);
  });

  it.each(textFiles.map((f) => [f.file, f.text] as const))('%s refers to nothing outside the repository', (file, text) => {
    const problems: string[] = [];
    for (const { what, re } of FORBIDDEN) {
      for (const m of text.matchAll(new RegExp(re.source, re.flags))) problems.push(`line ${lineOf(text, m.index ?? 0)}: ${what}: ${JSON.stringify(m[0].trim())}`);
    }
    expect(problems).toEqual([]);
  });
});

// --- Markdown links -------------------------------------------------------------------

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/[`*_~[\]()]/g, '')
    .replace(/[^\p{L}\p{M}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsOf(markdown: string): Set<string> {
  const out = new Set<string>();
  const seen = new Map<string, number>();
  for (const m of stripCode(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = slug(m[1] ?? '');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  for (const m of markdown.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) out.add(m[1] ?? '');
  return out;
}

/** Fenced blocks and inline code hold examples, not links. */
function stripCode(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
}

function linksOf(markdown: string): string[] {
  const body = stripCode(markdown);
  const out: string[] = [];
  // [text](target "title") — the target ends at whitespace or ")".
  for (const m of body.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) out.push(m[1] ?? '');
  // [label]: target
  for (const m of body.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) out.push(m[1] ?? '');
  // <a href="…">, <img src="…">
  for (const m of body.matchAll(/<(?:a|img)\s[^>]*?(?:href|src)="([^"]+)"/g)) out.push(m[1] ?? '');
  return out;
}

const markdown = textFiles.filter((f) => f.file.endsWith('.md'));
const fileSet = new Set(files);
const dirSet = new Set(files.flatMap((f) => f.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))));

describe('Markdown links land inside the repository', () => {
  it('the link reader and the anchors work as GitHub renders them', () => {
    expect(linksOf('[a](docs/x.md#y) `[b](no.md)`\n[c]: ./z.md\n<a href="w.md">w</a>')).toEqual(['docs/x.md#y', './z.md', 'w.md']);
    expect([...anchorsOf('# Hạn nộp — Deadlines\n## 1. Kỳ số liệu\n<a id="holidays"></a>')]).toEqual(['hạn-nộp--deadlines', '1-kỳ-số-liệu', 'holidays']);
  });

  it.each(markdown.map((f) => [f.file, f.text] as const))('%s', (file, text) => {
    const problems: string[] = [];
    for (const raw of linksOf(text)) {
      if (/^(?:https?:|mailto:)/i.test(raw)) continue;
      if (/^[a-z][a-z0-9+.-]*:/i.test(raw)) {
        problems.push(`${raw}: a link that is neither a web address nor a file of the repository`);
        continue;
      }
      const [pathPart = '', anchor] = decodeURI(raw).split('#') as [string, string | undefined];
      const target = pathPart === '' ? file : pathPart.startsWith('/') ? pathPart.slice(1) : relative(root, resolve(root, dirname(file), pathPart)).split(sep).join('/');
      if (target.startsWith('..') || resolve(root, target) !== join(root, target)) {
        problems.push(`${raw}: leaves the repository`);
        continue;
      }
      const clean = target.replace(/\/$/, '');
      if (!fileSet.has(clean) && !dirSet.has(clean) && clean !== '') {
        problems.push(`${raw}: no such file in the repository`);
        continue;
      }
      if (anchor !== undefined && anchor !== '' && clean.endsWith('.md')) {
        const doc = markdown.find((m) => m.file === clean);
        if (doc && !anchorsOf(doc.text).has(anchor.toLowerCase()) && !anchorsOf(doc.text).has(anchor)) problems.push(`${raw}: no anchor #${anchor} in ${clean}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
