// Cấu hình cổng — the portal's settings, read once from the environment and the
// command line. Every value is checked here; a bad one stops the start with a
// bilingual message (exit code 2), never half-way through serving.
import { resolve } from 'node:path';
import { parseInstant } from '@dvcq/calendar';

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
}

/**
 * Đọc cấu hình — reads `PORT`, `HOST`, `DVCQ_DATA_DIR`, `DVCQ_NOW`, `DVCQ_PLAN`,
 * `DVCQ_HOLIDAYS`, `DVCQ_SMOKE` and the flags `--smoke`, `--new-tokens`.
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
  };
  if (env.DVCQ_NOW) {
    const p = parseInstant(env.DVCQ_NOW);
    if (!p.ok) return { error: `DVCQ_NOW không hợp lệ (ví dụ 2021-05-15T09:00:00+07:00) / invalid DVCQ_NOW (e.g. 2021-05-15T09:00:00+07:00): ${env.DVCQ_NOW}` };
    config.fixedNow = p.epochMs;
    config.fixedNowText = p.iso;
  }
  if (env.DVCQ_PLAN) config.plan = env.DVCQ_PLAN;
  if (env.DVCQ_HOLIDAYS) config.holidays = resolve(cwd, env.DVCQ_HOLIDAYS);
  for (const flag of argv) {
    if (flag !== '--smoke' && flag !== '--new-tokens') return { error: `Không hiểu tham số / unknown argument: ${flag} (--smoke, --new-tokens)` };
  }
  return config;
}
