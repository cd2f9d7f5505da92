import type { Command } from 'commander';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseInstant } from '@dvcq/calendar';
import { renderUnitReportDocx } from '@dvcq/documents';
import { compileReport, formatIssues } from '@dvcq/report';
import { HOLIDAYS_OPTION, workingCalendar } from '../io/holidays';
import { CliUsageError, EXIT, t } from '../io/io';
import type { CommandContext } from '../run';

/**
 * `dvcq document REPORT.json --out FILE.docx [--draft]` — the unit's report as an official
 * document (DOCX per Nghị định 30/2020/NĐ-CP). A final document needs a report valid in final
 * mode (exit 1 with the issues otherwise); `--draft` writes one from any structurally valid
 * report, marked "DỰ THẢO". Warnings (e.g. a late report) are printed, the file is written.
 */
export function registerDocument(program: Command, ctx: CommandContext): void {
  program
    .command('document')
    .argument('<report>', 'tệp báo cáo JSON / report JSON file')
    .description('lập văn bản Báo cáo của đơn vị (DOCX, Nghị định 30/2020) / write the unit report as DOCX (Decree 30/2020)')
    .requiredOption('--out <file>', 'tệp DOCX cần ghi / the .docx file to write')
    .option('--draft', 'dự thảo: chấp nhận báo cáo chưa đầy đủ, ghi "DỰ THẢO" / draft: any structurally valid report, marked "DỰ THẢO"', false)
    .option('--archive <text>', 'phần sau "Lưu: VT," ở nơi nhận (đơn vị soạn thảo, số bản) / what follows "Lưu: VT," in the recipients')
    .option('--now <iso>', 'cố định đồng hồ khi xét hạn nộp / fix the clock for the deadline check (ISO 8601)')
    .option(...HOLIDAYS_OPTION)
    .action(async (file: string, _o, cmd: Command) => {
      const o = ctx.options(cmd);
      const calendar = workingCalendar({ ...(o.holidays !== undefined ? { holidays: String(o.holidays) } : {}), lang: o.lang }, ctx.io);
      const lang = o.lang;
      let now: string | undefined;
      if (o.now !== undefined) {
        const r = parseInstant(String(o.now));
        if (!r.ok) throw new CliUsageError(`--now: ${r.message.vi}`, `--now: ${r.message.en}`);
        now = r.iso;
      }
      const plan = ctx.plan(cmd);
      const path = resolve(ctx.io.cwd, file);
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (e) {
        throw new CliUsageError(`Không đọc được ${path}: ${(e as Error).message}`, `Cannot read ${path}: ${(e as Error).message}`);
      }
      const result = await renderUnitReportDocx(text, {
        // Deadlines counted with the working calendar of --holidays.
        plan: compileReport(plan, { calendar }),
        lang,
        draft: o.draft === true,
        ...(typeof o.archive === 'string' ? { archive: o.archive } : {}),
        ...(now ? { now } : {}),
      });
      const out = resolve(ctx.io.cwd, String(o.out));
      if (result.ok) {
        try {
          writeFileSync(out, result.value);
        } catch (e) {
          throw new CliUsageError(`Không ghi được ${out}: ${(e as Error).message}`, `Cannot write ${out}: ${(e as Error).message}`);
        }
      }
      if (o.json) ctx.io.stdout(JSON.stringify({ ok: result.ok, file: path, ...(result.ok ? { out } : {}), issues: result.issues }, null, 2) + '\n');
      else {
        if (result.issues.length > 0) ctx.io.stderr(formatIssues(result.issues, { lang }) + '\n');
        if (result.ok) ctx.io.stdout(`${t(lang, o.draft ? 'Đã ghi dự thảo' : 'Đã ghi văn bản', o.draft ? 'Wrote the draft' : 'Wrote the document')} ${out}\n`);
        else ctx.io.stderr(t(lang, `Không lập văn bản: báo cáo ${path} chưa hợp lệ${o.draft ? '' : ' ở chế độ final (dùng --draft để lập dự thảo)'}.`, `No document written: ${path} is not valid${o.draft ? '' : ' in final mode (use --draft for a draft)'}.`) + '\n');
      }
      ctx.exit(result.ok ? EXIT.ok : EXIT.invalid);
    });
}
