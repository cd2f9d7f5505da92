// Cấu hình cổng — the portal's settings, read once from the environment and the
// command line. Every value is checked here; a bad one stops the start with a
// bilingual message (exit code 2), never half-way through serving.
import { resolve } from 'node:path';
import { parseInstant } from '@dvcq/calendar';
import { parseStoreAddress } from '@dvcq/server';

/** Cấu hình — what the portal runs with. */
export interface PortalConfig {
  host: string;
  port: number;
  /** Thư mục dữ liệu — absolute path of the private data folder. */
  dataDir: string;
  /** Đồng hồ cố định — `DVCQ_NOW` as epoch ms, for demos and tests. */
  fixedNow?: number;
  fixedNowText?: string;
  /** `DVCQ_PLAN`: a plan file path or a bundled plan id. */
  plan?: string;
  /** `DVCQ_HOLIDAYS`: a file of announced holidays (`dvcq-holidays/1`), absolute path. */
  holidays?: string;
  smoke: boolean;
  /** `--new-tokens`: issue new access tokens to every unit (the old ones stop working). */
  newTokens: boolean;
  /** `DVCQ_DATABASE_URL`: a PostgreSQL database (`postgres://…`); absent: SQLite `portal.db` in the data folder. */
  databaseUrl?: string;
  /** `DVCQ_SMTP_URL`: send reminders by e-mail through this SMTP server (`smtp://…`, `smtps://…`). */
  smtpUrl?: string;
  /** `DVCQ_SMTP_FROM`: the sender of the e-mails (required with DVCQ_SMTP_URL). */
  smtpFrom?: string;
  /** `DVCQ_PUBLIC_URL`: the portal's address as users reach it (links in e-mails); default: the address it listens on. */
  publicUrl?: string;
  /** `DVCQ_REMINDER_INTERVAL_MINUTES`: minutes between reminder passes (default 10). */
  reminderIntervalMs: number;
  /** `--demo`: units without an e-mail address get a demo one on the reserved example.invalid domain. */
  demo: boolean;
}

const _FLAGS = ['--smoke', '--new-tokens', '--demo'];

/**
 * Đọc cấu hình — reads `PORT`, `HOST`, `DVCQ_DATA_DIR`, `DVCQ_NOW`, `DVCQ_PLAN`,
 * `DVCQ_HOLIDAYS`, `DVCQ_SMOKE`, `DVCQ_DATABASE_URL`, `DVCQ_SMTP_URL`, `DVCQ_SMTP_FROM`,
 * `DVCQ_PUBLIC_URL`, `DVCQ_REMINDER_INTERVAL_MINUTES` and the flags `--smoke`, `--new-tokens`, `--demo`.
 * @returns the configuration, or a message saying what is wrong
 */
export function readConfig(env: Record<string, string | undefined>, argv: readonly string[], cwd: string): PortalConfig | { error: string } {
  const smoke = argv.includes('--smoke') || env.DVCQ_SMOKE === '1';
  const portText = env.PORT ?? (smoke ? '0' : '3000');
  if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535) {
    return { error: `PORT không hợp lệ (cần số 0–65535) / invalid PORT (a number 0–65535 is expected): ${portText}` };
  }
  const config: PortalConfig = {
    host: env.HOST || '127.0.0.1',
    port: Number(portText),
    dataDir: resolve(cwd, env.DVCQ_DATA_DIR || './data'),
    smoke,
    newTokens: argv.includes('--new-tokens'),
    demo: argv.includes('--demo'),
    reminderIntervalMs: 10 * 60_000,
  };
  if (env.DVCQ_NOW) {
    const p = parseInstant(env.DVCQ_NOW);
    if (!p.ok) return { error: `DVCQ_NOW không hợp lệ (ví dụ 2021-05-15T09:00:00+07:00) / invalid DVCQ_NOW (e.g. 2021-05-15T09:00:00+07:00): ${env.DVCQ_NOW}` };
    config.fixedNow = p.epochMs;
    config.fixedNowText = p.iso;
  }
  if (env.DVCQ_PLAN) config.plan = env.DVCQ_PLAN;
  if (env.DVCQ_HOLIDAYS) config.holidays = resolve(cwd, env.DVCQ_HOLIDAYS);
  if (env.DVCQ_DATABASE_URL) {
    const parsed = parseStoreAddress(env.DVCQ_DATABASE_URL);
    if (!parsed.ok) return { error: `DVCQ_DATABASE_URL: ${parsed.issues[0]!.text.vi} / ${parsed.issues[0]!.text.en}` };
    config.databaseUrl = env.DVCQ_DATABASE_URL;
  }
  if (env.DVCQ_SMTP_URL) {
    if (!/^smtps?:\/\/[^/]/i.test(env.DVCQ_SMTP_URL)) {
      return { error: 'DVCQ_SMTP_URL không hợp lệ (ví dụ smtp://người-dùng:mật-khẩu@mail.example.gov.vn:587) / invalid DVCQ_SMTP_URL (e.g. smtp://user:password@mail.example.gov.vn:587)' };
    }
    if (!env.DVCQ_SMTP_FROM) {
      return { error: 'Thiếu DVCQ_SMTP_FROM: địa chỉ người gửi thư nhắc (ví dụ "Cổng báo cáo" <bao-cao@example.gov.vn>) / DVCQ_SMTP_FROM is missing: the sender of reminder e-mails (e.g. "Reporting portal" <bao-cao@example.gov.vn>)' };
    }
    config.smtpUrl = env.DVCQ_SMTP_URL;
    config.smtpFrom = env.DVCQ_SMTP_FROM;
  }
  if (env.DVCQ_PUBLIC_URL) {
    if (!/^https?:\/\/[^/\s]+(\/\S*)?$/i.test(env.DVCQ_PUBLIC_URL)) {
      return { error: `DVCQ_PUBLIC_URL không hợp lệ (ví dụ https://bao-cao.example.gov.vn) / invalid DVCQ_PUBLIC_URL (e.g. https://bao-cao.example.gov.vn): ${env.DVCQ_PUBLIC_URL}` };
    }
    config.publicUrl = env.DVCQ_PUBLIC_URL.replace(/\/+$/, '');
  }
  if (env.DVCQ_REMINDER_INTERVAL_MINUTES) {
    const m = env.DVCQ_REMINDER_INTERVAL_MINUTES;
    if (!/^\d{1,4}$/.test(m) || Number(m) < 1) return { error: `DVCQ_REMINDER_INTERVAL_MINUTES không hợp lệ (số phút ≥ 1) / invalid DVCQ_REMINDER_INTERVAL_MINUTES (minutes ≥ 1): ${m}` };
    config.reminderIntervalMs = Number(m) * 60_000;
  }
  for (const flag of argv) {
    // `pnpm start -- --smoke` hands the script a literal "--" (npm drops it): the usual
    // end-of-options marker, not an argument.
    if (flag === '--') continue;
    if (!_FLAGS.includes(flag)) return { error: `Không hiểu tham số / unknown argument: ${flag} (${_FLAGS.join(', ')})` };
  }
  return config;
}
