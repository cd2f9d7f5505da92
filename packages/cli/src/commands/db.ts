import type { Command } from 'commander';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Store, copyStore, openStore, parseStoreAddress } from '@dvcq/server';
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
