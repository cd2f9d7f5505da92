import type { Command } from 'commander';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { expandUnitIds, findUnit, readJsonBounded } from '@dvcq/core';
import { formatInstant } from '@dvcq/calendar';
import { type Store, copyStore, normalizeEmail, openStore, parseStoreAddress } from '@dvcq/server';
import { CliUsageError, EXIT, t, writeJson } from '../io/io';
import type { CommandContext } from '../run';

/** @internal `sqlite:DIR` (the portal's data folder → DIR/portal.db) or `sqlite:FILE`, resolved against `cwd`. */
export function _sourceAddress(spec: string, cwd: string): string {
  const m = /^sqlite:(.+)$/i.exec(spec);
  if (!m) return spec;
  const path = resolve(cwd, m[1]!);
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'portal.db') : path;
  if (!existsSync(file)) {
    throw new CliUsageError(
      `Không có cơ sở dữ liệu SQLite ở ${file}: --from sqlite:THƯ-MỤC là thư mục dữ liệu của cổng (DVCQ_DATA_DIR, chứa portal.db).`,
      `No SQLite database at ${file}: --from sqlite:DIR is the portal's data folder (DVCQ_DATA_DIR, holding portal.db).`,
    );
  }
  return `sqlite:${file}`;
}

/**
 * `dvcq db migrate --from sqlite:DIR --to postgres://…` — copies an existing
 * portal's data (its SQLite database in DIR) into PostgreSQL and checks it row by
 * row (see `copyStore` of @dvcq/server). Exit 0 copied and checked; 1 refused
 * (target not empty, a difference on read-back: nothing committed); 2 usage
 * (bad address, missing file, database unreachable, driver missing, schema newer).
 */
export function registerDb(program: Command, ctx: CommandContext): void {
  const db = program.command('db').description('cơ sở dữ liệu của cổng báo cáo / the portal database');
  db.command('contacts')
    .description('địa chỉ thư nhận nhắc hạn của các đơn vị: xem, đặt, nhập từ tệp / the units\' reminder e-mail addresses: list, set, import')
    .requiredOption('--db <url>', 'cơ sở dữ liệu của cổng: sqlite:THƯ-MỤC-DỮ-LIỆU hoặc postgres://… / the portal database: sqlite:DATA-DIR or postgres://…')
    .option('--set <unit=emails>', 'đặt địa chỉ của một đơn vị (cách nhau bởi dấu phẩy; để trống để xóa), lặp lại được / set a unit\'s addresses (comma-separated; empty to remove), repeatable', (v: string, prev: string[] = []) => [...prev, v])
    .option('--import <file>', 'tệp JSON { "mã-đơn-vị": ["địa-chỉ", …] } / a JSON file { "unit-id": ["address", …] }')
    .action(async (_o, cmd: Command) => {
      const o = ctx.options(cmd);
      const lang = o.lang;
      const plan = ctx.plan(cmd);
      const wanted = new Map<string, string[]>();
      for (const spec of (o.set as string[] | undefined) ?? []) {
        const eq = spec.indexOf('=');
        if (eq <= 0) throw new CliUsageError(`--set cần dạng ĐƠN-VỊ=địa-chỉ,địa-chỉ: ${spec}`, `--set needs UNIT=address,address: ${spec}`);
        wanted.set(spec.slice(0, eq), spec.slice(eq + 1).split(',').map((x) => x.trim()).filter((x) => x !== ''));
      }
      if (typeof o.import === 'string') {
        const path = resolve(ctx.io.cwd, o.import);
        let text: string;
        try {
          text = readFileSync(path, 'utf8');
        } catch (e) {
          throw new CliUsageError(`Không đọc được ${path}: ${(e as Error).message}`, `Cannot read ${path}: ${(e as Error).message}`);
        }
        const parsed = readJsonBounded(text, { domain: 'contact', lang });
        const value = parsed.value;
        if (!parsed.ok || typeof value !== 'object' || value === null || Array.isArray(value)) {
          throw new CliUsageError(`${path}: ${parsed.issues[0]?.message ?? 'cần một đối tượng JSON { "mã-đơn-vị": [...] }'}`, `${path}: ${parsed.issues[0]?.message ?? 'a JSON object { "unit-id": [...] } is expected'}`);
        }
        for (const [unit, list] of Object.entries(value)) {
          const emails = typeof list === 'string' ? [list] : Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
          wanted.set(unit, emails);
        }
      }
      // Every unit and address is checked before anything is written.
      const problems: string[] = [];
      const clean = new Map<string, string[]>();
      for (const [unit, emails] of wanted) {
        if (!findUnit(plan, unit)) problems.push(t(lang, `Kế hoạch ${plan.id} không có đơn vị "${unit}".`, `Plan ${plan.id} has no unit "${unit}".`));
        const ok: string[] = [];
        for (const e of emails) {
          const r = normalizeEmail(e, { lang });
          if (r.ok) ok.push(r.value);
          else problems.push(`${unit}: ${r.issues[0]!.message}`);
        }
        clean.set(unit, ok);
      }
      if (problems.length > 0) {
        for (const p of problems) ctx.io.stderr(p + '\n');
        ctx.io.stderr(t(lang, 'Không ghi gì.\n', 'Nothing written.\n'));
        ctx.exit(EXIT.invalid);
        return;
      }
      const url = _sourceAddress(String(o.db), ctx.io.cwd);
      const r = await openStore(url, { lang });
      if (!r.ok) throw new CliUsageError(`${parseStoreAddress(url).value?.display ?? url}: ${r.issues[0]!.text.vi}`, `${parseStoreAddress(url).value?.display ?? url}: ${r.issues[0]!.text.en}`);
      const store = r.value;
      try {
        const at = formatInstant(Date.now());
        for (const [unit, emails] of clean) await store.contacts.set(unit, emails.map((email) => ({ email })), at);
        const all = await store.contacts.list();
        if (o.json) writeJson(ctx.io, { contacts: all });
        else {
          if (clean.size > 0) ctx.io.stdout(t(lang, `Đã cập nhật ${clean.size} đơn vị.\n`, `Updated ${clean.size} unit(s).\n`));
          const byUnit = new Map<string, string[]>();
          for (const c of all) byUnit.set(c.unitId, [...(byUnit.get(c.unitId) ?? []), c.email]);
          for (const u of plan.orgUnits) {
            const emails = byUnit.get(u.id);
            if (emails) ctx.io.stdout(`  ${u.id.padEnd(28)} ${emails.join(', ')}\n`);
          }
          const owing = new Set(plan.obligations.flatMap((ob) => expandUnitIds(plan, ob.owedBy)));
          const none = [...owing].filter((u) => !byUnit.has(u));
          ctx.io.stdout(
            t(
              lang,
              `${byUnit.size} đơn vị có địa chỉ; ${none.length} đơn vị phải nộp báo cáo chưa có${none.length ? `: ${none.join(', ')}` : ''}.\n`,
              `${byUnit.size} unit(s) with addresses; ${none.length} owing unit(s) without${none.length ? `: ${none.join(', ')}` : ''}.\n`,
            ),
          );
        }
        ctx.exit(EXIT.ok);
      } finally {
        await store.close();
      }
    });
  db.command('migrate')
    .description('chép dữ liệu cổng từ SQLite sang PostgreSQL và đối chiếu từng dòng / copy the portal data from SQLite into PostgreSQL, checked row by row')
    .requiredOption('--from <url>', 'nguồn: sqlite:THƯ-MỤC-DỮ-LIỆU (hoặc sqlite:TỆP.db) / source: sqlite:DATA-DIR (or sqlite:FILE.db)')
    .requiredOption('--to <url>', 'đích: postgres://người-dùng:mật-khẩu@máy:5432/csdl (cơ sở dữ liệu trống) / target: postgres://user:pass@host:5432/db (empty)')
    .action(async (_o, cmd: Command) => {
      const o = ctx.options(cmd);
      const lang = o.lang;
      const from = _sourceAddress(String(o.from), ctx.io.cwd);
      const to = String(o.to);
      const fromShown = parseStoreAddress(from).value?.display ?? from;
      const toShown = parseStoreAddress(to).value?.display ?? to;
      const open = async (url: string): Promise<Store> => {
        const r = await openStore(url, { lang });
        if (!r.ok) {
          const i = r.issues[0]!;
          throw new CliUsageError(`${parseStoreAddress(url).value?.display ?? ''}: ${i.text.vi}`, `${parseStoreAddress(url).value?.display ?? ''}: ${i.text.en}`);
        }
        return r.value;
      };
      const source = await open(from);
      let target: Store | undefined;
      try {
        target = await open(to);
        const version = await source.schemaVersion();
        if (!o.json) {
          ctx.io.stdout(`${t(lang, 'Nguồn', 'Source')}: ${fromShown} (${t(lang, 'lược đồ phiên bản', 'schema version')} ${version})\n`);
          ctx.io.stdout(`${t(lang, 'Đích', 'Target')}: ${toShown}\n`);
        }
        const r = await copyStore(source, target, {
          lang,
          onTable: (x) => {
            if (!o.json) ctx.io.stdout(`  ${x.table.padEnd(22)} ${String(x.rows).padStart(7)} ${t(lang, 'dòng', 'rows')}\n`);
          },
        });
        if (o.json) writeJson(ctx.io, { ok: r.ok, from: fromShown, to: toShown, ...(r.ok ? r.value : {}), issues: r.issues });
        if (!r.ok) {
          if (!o.json) ctx.io.stderr(`${r.issues[0]!.message}\n`);
          ctx.exit(EXIT.invalid);
          return;
        }
        if (!o.json) {
          ctx.io.stdout(
            t(
              lang,
              `Đã chép và đọc lại đối chiếu từng dòng, từng cột: ${r.value.verifiedRows} dòng khớp. Cổng dùng PostgreSQL khi đặt DVCQ_DATABASE_URL=${toShown}\n`,
              `Copied and read back row by row, column by column: ${r.value.verifiedRows} rows match. The portal uses PostgreSQL with DVCQ_DATABASE_URL=${toShown}\n`,
            ),
          );
        }
        ctx.exit(EXIT.ok);
      } finally {
        await source.close();
        await target?.close();
      }
    });
}
