// Packaging correctness is a test (CONTRIBUTING.md): every published package passes
// `publint --strict` and `attw --pack` (node16 profile: CJS and ESM consumers each
// get their own .d.ts/.d.cts). Needs the build output; the test command builds first.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const packages = readdirSync(join(root, 'packages')).filter((d) => existsSync(join(root, 'packages', d, 'package.json')));

function run(cmd: string, args: string[], cwd: string): { code: number; output: string } {
  try {
    const output = execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { code: 0, output };
  } catch (e) {
    const err = e as { status?: number; stdout?: string; stderr?: string };
    return { code: err.status ?? 1, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

describe.each(packages)('package %s', (name) => {
  const dir = join(root, 'packages', name);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;

  it('declares engines, named export map and no side effects', () => {
    expect(pkg.engines).toMatchObject({ node: expect.stringMatching(/^>=20/) });
    // Only stylesheets may have side effects (importing them applies styles).
    if (Array.isArray(pkg.sideEffects)) for (const g of pkg.sideEffects as string[]) expect(g).toMatch(/\.css$/);
    else expect(pkg.sideEffects).toBe(false);
    const exp = pkg.exports as Record<string, unknown>;
    expect(exp['./package.json']).toBe('./package.json');
    expect(existsSync(join(dir, 'dist')), 'run `pnpm build` first').toBe(true);
  });

  it('passes publint --strict', () => {
    const r = run(bin('publint'), ['--strict'], dir);
    expect(r.output).not.toMatch(/^\s*(Errors|Warnings):/m);
    expect(r.code, r.output).toBe(0);
  });

  it('passes attw --pack (node16 profile)', () => {
    // Stylesheets and JSON data entries have no types to check.
    const assets = Object.keys(pkg.exports as Record<string, unknown>).filter((k) => /\.(css|json)$/.test(k) && k !== './package.json');
    const exclude = assets.length ? ['--exclude-entrypoints', ...assets] : [];
    const r = run(bin('attw'), ['--pack', '.', '--profile', 'node16', '--format', 'table-flipped', ...exclude], dir);
    expect(r.code, r.output).toBe(0);
  });
});
