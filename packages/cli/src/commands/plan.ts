import type { Lang, Plan, PlanText } from '@dvcq/core';
import { findUnit, expandUnitIds } from '@dvcq/core';
import { type CliIo, type GlobalOptions, t, writeJson } from '../io/io';

function text(pt: PlanText, lang: Lang): string {
  return lang === 'en' ? pt.en : (pt.corrected?.vi ?? pt.vi);
}

function unitNames(plan: Plan, ids: readonly string[], lang: Lang): string {
  return ids
    .map((id) => plan.unitGroups.find((g) => g.id === id)?.name[lang] ?? findUnit(plan, id)?.name[lang] ?? id)
    .join('; ');
}

/**
 * `dvcq plan` — the taxonomy as a readable tree; `--json` prints the full plan.
 * @returns exit code 0
 */
export function planCommand(plan: Plan, opts: GlobalOptions, io: CliIo): number {
  if (opts.json) {
    writeJson(io, plan);
    return 0;
  }
  const { lang } = opts;
  const out: string[] = [];
  const issuer = findUnit(plan, plan.issuer);
  out.push(`${text(plan.title, lang)} [${plan.id}]`);
  if (issuer) out.push(`${t(lang, 'Cơ quan ban hành', 'Issued by')}: ${issuer.name[lang]}`);
  for (const s of plan.sections) {
    out.push('');
    out.push(`${s.id}. ${text(s.title, lang)}`);
    if (s.kind === 'goals')
      for (const p of s.parts) {
        out.push(`  ${p.id} ${text(p.title, lang)} (${p.paragraphs.length} ${t(lang, 'đoạn', 'paragraph(s)')})`);
      }
    if (s.kind === 'content')
      for (const a of s.areas) {
        out.push(`  ${a.id} ${text(a.title, lang)}`);
        for (const task of a.tasks) {
          const body = text(task.text, lang);
          out.push(`    ${task.id.padEnd(7)} ${body.length > 110 ? body.slice(0, 107) + '…' : body}`);
        }
      }
    if (s.kind === 'implementation')
      for (const it of s.items) {
        const body = text(it.text, lang);
        out.push(`  ${it.id} ${body.length > 110 ? body.slice(0, 107) + '…' : body}`);
      }
  }
  if (plan.obligations.length) {
    out.push('');
    out.push(t(lang, 'Nghĩa vụ báo cáo:', 'Reporting obligations:'));
    for (const o of plan.obligations) {
      const owers = expandUnitIds(plan, o.owedBy).length;
      out.push(
        `  ${o.id}: ${o.title[lang]} — ${o.deadline.text} (${t(lang, 'cách hiểu', 'reading')}: ${o.deadline.semantics}); ` +
          `${t(lang, 'gửi', 'to')} ${unitNames(plan, [o.recipient], lang)}` +
          (o.via ? ` ${t(lang, 'qua', 'via')} ${unitNames(plan, [o.via], lang)}` : '') +
          (o.copies.length ? `, ${t(lang, 'đồng gửi', 'copy to')} ${unitNames(plan, o.copies, lang)}` : '') +
          `; ${owers} ${t(lang, 'đơn vị phải nộp', 'units owe it')}`,
      );
    }
  }
  io.stdout(out.join('\n') + '\n');
  return 0;
}
