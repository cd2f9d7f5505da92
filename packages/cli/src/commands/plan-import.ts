import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { Lang } from '@dvcq/core';
import { type ImportUnits, formatFindings, importPlan } from '@dvcq/import';
import { CliUsageError, EXIT, t, writeJson } from '../io/io';
import type { CommandContext } from '../run';

interface PlanImportFlags {
  lang: Lang;
  json: boolean;
  plan?: string;
  id?: string;
  year?: string;
  units?: string;
  out?: string;
}

function readUnits(file: string, cwd: string): ImportUnits {
  const path = resolve(cwd, file);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new CliUsageError(`Không đọc được danh mục đơn vị ${path}: ${detail}`, `Cannot read the units file ${path}: ${detail}`);
  }
  // A plan file, `{ orgUnits, unitGroups }`, or a bare list of units.
  if (Array.isArray(value)) return { orgUnits: value as ImportUnits['orgUnits'] };
  if (value !== null && typeof value === 'object' && Array.isArray((value as { orgUnits?: unknown }).orgUnits)) return value as ImportUnits;
  throw new CliUsageError(
    `${path}: cần một tệp kế hoạch, { "orgUnits": [...], "unitGroups": [...] } hoặc một mảng đơn vị.`,
    `${path}: expected a plan file, { "orgUnits": [...], "unitGroups": [...] } or an array of units.`,
  );
}

/**
 * `dvcq plan import FILE` — reads a plan document (DOCX, PDF with text, HTML,
 * text/Markdown) into a draft plan file. Exit 0: no finding needs a person;
 * 1: some do; 2: unreadable or unsupported input (the message says what to do).
 */
export function registerPlanImport(plan: Command, ctx: CommandContext): void {
  plan
    .command('import')
    .argument('<file>', 'văn bản kế hoạch (.docx, .pdf, .html, .txt, .md) / the plan document')
    .description('nhập văn bản kế hoạch thành bản nháp tệp kế hoạch / import a plan document into a draft plan file')
    .option('--id <id>', 'mã kế hoạch / plan id')
    .option('--year <yyyy>', 'năm của kế hoạch / plan year')
    .option('--units <file>', 'danh mục đơn vị (tệp kế hoạch hoặc mảng đơn vị); mặc định: đơn vị của --plan nếu có / units to match (a plan file or a list of units); default: those of --plan, if given')
    .option('--out <plan.json>', 'ghi bản nháp ra tệp / write the draft to a file')
    .action(async (file: string, _o, cmd: Command) => {
      const o = ctx.options(cmd) as unknown as PlanImportFlags;
      const io = ctx.io;
      let year: number | undefined;
      if (o.year !== undefined) {
        if (!/^\d{4}$/.test(o.year)) throw new CliUsageError(`--year: cần năm dạng YYYY, nhận "${o.year}".`, `--year: expected YYYY, got "${o.year}".`);
        year = Number(o.year);
      }
      // Units to match: --units FILE, else the units of the plan named by --plan (e.g. last
      // year's plan of the same province). Never a bundled plan by default: another
      // province's names and validity dates must not leak into the draft.
      const units: ImportUnits | undefined = o.units !== undefined ? readUnits(o.units, io.cwd) : o.plan !== undefined ? ctx.plan(cmd) : undefined;
      const path = resolve(io.cwd, file);
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(path);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code ?? String(e);
        throw new CliUsageError(`Không đọc được tệp ${path} (${code}).`, `Cannot read ${path} (${code}).`);
      }
      const result = await importPlan(bytes, { fileName: file.replace(/^.*[\\/]/, ''), ...(units ? { units } : {}), ...(o.id !== undefined ? { id: o.id } : {}), ...(year !== undefined ? { year } : {}) });
      if (!result.ok) {
        if (o.json) writeJson(io, { plan: null, findings: result.findings });
        for (const f of result.findings) io.stderr(`${path}: [${f.code}] ${o.lang === 'en' ? f.message.en : f.message.vi}\n`);
        ctx.exit(EXIT.usage);
        return;
      }
      if (o.json) writeJson(io, { plan: result.plan, findings: result.findings });
      else {
        const text = JSON.stringify(result.plan, null, 2) + '\n';
        if (o.out !== undefined) {
          const out = resolve(io.cwd, o.out);
          writeFileSync(out, text);
          io.stderr(t(o.lang, `Đã ghi bản nháp: ${out}\n`, `Draft written: ${out}\n`));
        } else io.stdout(text);
        io.stderr(formatFindings(result.findings, { lang: o.lang }));
      }
      ctx.exit(result.needsReview ? EXIT.invalid : EXIT.ok);
    });
}
