// Benchmarks of @dvcq/report (not tests): `pnpm --filter @dvcq/report bench`.
// Runs on the built dist. Figures go to README.md (with the machine and the date).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import Ajv2020 from 'ajv/dist/2020.js';
import jsonLogic from 'json-logic-js';
import { hoaBinh2021Plan as plan } from '@dvcq/plan-hoa-binh-2021';
import { compileReport, validateReport } from '../dist/index.js';
import { buildReportSchema } from '../dist/zod.js';
import { buildVectors, reportJsonSchema, rulesFile } from '../dist/export.js';

const vectors = buildVectors(plan);
const valid = vectors.find((v) => v.name === 'valid-final');
const invalid = JSON.parse(JSON.stringify(valid.input));
invalid.year = '2021';
invalid.document.number = '5/BC-XYZ';
invalid.document.recipients = ['khong-co'];
delete invalid.document.signer.onBehalfOf;
for (const id of Object.keys(invalid.tasks).slice(0, 10)) invalid.tasks[id] = { status: 'done' };
invalid.indicators['don-thu-da-giai-quyet'] = 999;
invalid.indicators['ty-le-hai-long'] = 140;
invalid.extra = 1;
const now = valid.now;

const compiled = compileReport(plan);
const zodOnly = buildReportSchema(plan);
const ajv = new Ajv2020({ allErrors: true, strict: true });
const ajvValidate = ajv.compile(reportJsonSchema(plan));
const rules = rulesFile(plan);
const ctxFor = (input) => {
  const unit = rules.context.units.find((u) => u.id === input.unitId);
  // The instance of a report without periodIndex or obligationId (CONTRACT.md#context).
  const ob = rules.context.instances.find((o) => o.period === input.period && o.year === input.year && o.index === null);
  return {
    mode: 'final', today: Math.floor((Date.parse(now) + 7 * 3600e3) / 864e5), unitKnown: !!unit, unitSymbol: unit?.symbol ?? null, applicableTasks: unit?.tasks ?? [],
    periodKnown: !!ob, obligationKnown: true, indexRequired: false, indexKnown: true, obligationAmbiguous: false, instanceKey: ob?.key ?? null, obligationId: ob?.obligationId ?? null,
    unitOwes: !!ob && ob.owedBy.includes(input.unitId), periodStart: ob?.periodStartDay ?? null, lateFrom: ob?.lateFromDay ?? null,
  };
};
const get = (root, pointer) => pointer.slice(1).split('/').reduce((v, k) => (v !== null && typeof v === 'object' && Object.hasOwn(v, k) ? v[k] : undefined), root);
const prep = (v, t) => (t === 'string' ? (typeof v === 'string' ? v : null) : t === 'number' || t === 'integer' ? (typeof v === 'number' ? v : null) : t === 'string[]' ? (Array.isArray(v) ? v : null) : t === 'date' ? (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? Date.parse(v) / 864e5 : null) : v ?? null);
function ajvPlusRules(input) {
  const ok = ajvValidate(input);
  const ctx = ctxFor(input);
  let n = ok ? 0 : ajvValidate.errors.length;
  for (const r of rules.rules) {
    if (!r.modes.includes('final')) continue;
    const read = r.reads.map((x) => prep(get(input, x.pointer), x.type));
    if (r.missing === 'skip' && read.includes(null)) continue;
    if (!jsonLogic.truthy(jsonLogic.apply(r.logic, { read, ctx }))) n++;
  }
  return n;
}

function bench(name, fn) {
  for (let i = 0; i < 2000; i++) fn();
  const rates = [];
  for (let round = 0; round < 7; round++) {
    let n = 0;
    const t0 = performance.now();
    let t = t0;
    while (t - t0 < 300) {
      for (let i = 0; i < 200; i++) fn();
      n += 200;
      t = performance.now();
    }
    rates.push((n * 1000) / (t - t0));
  }
  rates.sort((a, b) => a - b);
  return { name, opsPerSec: Math.round(rates[3]), medianUs: +(1e6 / rates[3]).toFixed(1) };
}

const results = [];
for (const [label, input] of [['valid', valid.input], ['invalid', invalid]]) {
  const check = validateReport(input, { plan: compiled, mode: 'final', now });
  results.push({ input: label, issues: check.issues.length, ...bench('validateReport (guard + shape + rules + text checks)', () => validateReport(input, { plan: compiled, mode: 'final', now })) });
  results.push({ input: label, ...bench('plain zod structural schema (safeParse)', () => zodOnly.safeParse(input)) });
  results.push({ input: label, ...bench('Ajv 2020 compiled from report.schema.json', () => ajvValidate(input)) });
  results.push({ input: label, ...bench('Ajv + rules.json via json-logic-js', () => ajvPlusRules(input)) });
}

const byName = (input, prefix) => results.find((r) => r.input === input && r.name.startsWith(prefix));
console.log(`node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} (${os.cpus().length} cores), ${new Date().toISOString().slice(0, 10)}`);
console.table(results);
for (const input of ['valid', 'invalid']) {
  const ours = byName(input, 'validateReport');
  const portable = byName(input, 'Ajv +');
  const ajvOnly = byName(input, 'Ajv 2020');
  console.log(`${input}: validateReport ${ours.opsPerSec}/s (budget ≥ 10000/s: ${ours.opsPerSec >= 10000 ? 'met' : 'NOT met'}); ` +
    `Ajv+rules / validateReport time ratio = ${(portable.opsPerSec / ours.opsPerSec).toFixed(2)}, validateReport / Ajv-only time = ${(ajvOnly.opsPerSec / ours.opsPerSec).toFixed(1)}× (budget: within 3× of Ajv + rules)`);
}
// Cold start: bench/cold.mjs (fresh node processes).
const cold = spawnSync(process.execPath, [fileURLToPath(new URL('./cold.mjs', import.meta.url))], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
process.stdout.write(cold.stdout);
