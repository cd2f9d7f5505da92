import type { Command } from 'commander';
import {
  type Citation,
  type Lang,
  type Plan,
  type RefsIssue,
  allTasks,
  formatDocumentDate,
  formatDocumentNumber,
  parseCitation,
} from '@dvcq/core';
import { type CliIo, EXIT, t, writeJson } from '../io/io';
import type { CommandContext } from '../run';

/** Where each cited document is cited from: task, paragraph and basis ids. */
function citedFrom(plan: Plan): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const add = (doc: string, from: string) => map.set(doc, [...(map.get(doc) ?? []), from]);
  for (const b of plan.basis) add(b, 'basis');
  for (const task of allTasks(plan)) for (const c of task.cites) add(c, task.id);
  for (const s of plan.sections) if (s.kind === 'goals') for (const p of s.parts) for (const g of p.paragraphs) for (const c of g.cites) add(c, g.id);
  return map;
}

function issueLines(issues: readonly RefsIssue[]): string[] {
  return issues.map((i) => `  [${i.code}] ${i.message}`);
}

function describeCitation(c: Citation, lang: Lang): string[] {
  const out: string[] = [];
  if (c.kind) out.push(`  ${t(lang, 'Loại', 'Kind')}: ${c.kind}`);
  if (c.number) out.push(`  ${t(lang, 'Số, ký hiệu', 'Number')}: ${formatDocumentNumber(c.number)} (${c.number.style === 'party' ? t(lang, 'kiểu Đảng', 'Party style') : t(lang, 'kiểu Nhà nước', 'state style')})`);
  if (c.date) out.push(`  ${t(lang, 'Ngày', 'Date')}: ${formatDocumentDate(c.date, 'long')}`);
  if (c.issuer) out.push(`  ${t(lang, 'Cơ quan ban hành', 'Issuer')}: ${c.issuer.name}`);
  if (c.named) out.push(`  ${t(lang, 'Tên văn bản', 'Named document')}: ${c.named.name}`);
  if (c.title) out.push(`  ${t(lang, 'Tên/trích yếu', 'Title')}: ${c.title}`);
  if (c.linked)
    out.push(`  ${t(lang, 'Số hiệu do bộ công cụ liên kết (không có trong kế hoạch)', 'Number linked by the kit (not in the plan)')}: ${formatDocumentNumber(c.linked.number)}`);
  return out;
}

/**
 * `dvcq refs [--json]` — documents cited by the plan, parsed; and
 * `dvcq refs parse "TEXT" [--json]` — parse one citation (exit 1 when invalid).
 */
export function registerRefs(program: Command, ctx: CommandContext): void {
  const refs = program
    .command('refs')
    .description('các văn bản được kế hoạch viện dẫn, đã phân tích / documents cited by the plan, parsed')
    .action((_o, cmd: Command) => ctx.exit(listRefs(ctx.plan(cmd), ctx.options(cmd), ctx.io)));
  refs
    .command('parse')
    .argument('<text>', 'trích dẫn văn bản / a citation, e.g. "Chỉ thị số 04/CT-UBND ngày 02/3/2017"')
    .description('phân tích một trích dẫn văn bản / parse one document citation')
    .action((text: string, _o, cmd: Command) => ctx.exit(parseOne(text, ctx.options(cmd), ctx.io)));
}

function listRefs(plan: Plan, opts: { lang: Lang; json: boolean }, io: CliIo): number {
  const from = citedFrom(plan);
  const rows = plan.documents.map((d) => {
    const parsed = parseCitation(d.text, { lang: opts.lang });
    return {
      id: d.id,
      type: d.type,
      number: d.number ?? null,
      date: d.date ?? null,
      issuer: d.issuer ?? null,
      text: d.text,
      linkedBy: d.linkedBy,
      citedBy: from.get(d.id) ?? [],
      parsed: parsed.ok ? parsed.value : null,
      issues: parsed.issues,
    };
  });
  const invalid = rows.some((r) => r.parsed === null);
  if (opts.json) {
    writeJson(io, { plan: plan.id, documents: rows });
    return invalid ? EXIT.invalid : EXIT.ok;
  }
  const { lang } = opts;
  const out: string[] = [t(lang, `Văn bản được viện dẫn trong kế hoạch ${plan.id} (${rows.length}):`, `Documents cited by plan ${plan.id} (${rows.length}):`)];
  for (const r of rows) {
    out.push('');
    out.push(`${r.number ?? r.type[lang]}${r.date ? ' · ' + r.date : ''} — ${r.text}`);
    out.push(`  ${t(lang, 'Được viện dẫn tại', 'Cited in')}: ${r.citedBy.join(', ') || '—'}`);
    if (r.linkedBy === 'kit') out.push(`  ${t(lang, 'Số hiệu do bộ công cụ bổ sung, không có trong văn bản kế hoạch', 'Number added by the kit, not in the plan text')}`);
    if (!r.parsed) out.push(...issueLines(r.issues));
  }
  io.stdout(out.join('\n') + '\n');
  return invalid ? EXIT.invalid : EXIT.ok;
}

function parseOne(text: string, opts: { lang: Lang; json: boolean }, io: CliIo): number {
  const r = parseCitation(text, { lang: opts.lang });
  if (opts.json) {
    writeJson(io, r.ok ? { ok: true, citation: r.value, issues: r.issues } : { ok: false, issues: r.issues });
    return r.ok ? EXIT.ok : EXIT.invalid;
  }
  const { lang } = opts;
  if (!r.ok) {
    io.stdout([t(lang, 'Không phân tích được trích dẫn:', 'Could not parse the citation:'), ...issueLines(r.issues)].join('\n') + '\n');
    return EXIT.invalid;
  }
  io.stdout([r.value.raw, ...describeCitation(r.value, lang), ...issueLines(r.issues)].join('\n') + '\n');
  return EXIT.ok;
}
