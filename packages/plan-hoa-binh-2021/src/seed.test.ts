// The seed test: the source document (source/ke-hoach-dan-van-chinh-quyen-2021.md,
// the source of truth for every title, task text and date of this plan; provenance
// in source/README.md) is parsed here, at test time, by its structure — numbered
// headings, "- " bullets, "Nơi nhận:" — and plan.json is compared with it. No expected text is copied
// into this file: the seed is the oracle.
import { describe, expect, it } from 'vitest';
import type { Plan, PlanText } from '@dvcq/core';
import { allTasks, contentAreas, documentDateToIso, findCitations, formatDocumentNumber } from '@dvcq/core';
import { loadPlan } from '@dvcq/core/zod';
import planJson from '../plan.json';
import { readSeed } from '../../../tests/support/seed';


const norm = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();

interface SeedArea {
  number: number;
  title: string;
  bullets: string[];
}
interface SeedPlan {
  docType: string;
  subject: string;
  preamble: string;
  sections: { numeral: string; title: string }[];
  goals: { number: number; title: string; paragraphs: string[] }[];
  areas: SeedArea[];
  items: string[];
  closing: string;
  recipients: string[];
  signerLines: string[];
  /** Whole text, markup removed, whitespace collapsed. */
  flat: string;
}

/** Ends a sentence or list entry: a bullet that stops without one continues after a page break. */
const FINAL_PUNCT = /[.;:!?…]["”’)»]*$/;

/**
 * Parses the seed by structure. Markdown markup (`#`, `**`, `*`) is dropped;
 * paragraphs are separated by blank lines; a paragraph that ends without final
 * punctuation and is followed by a paragraph that is not a heading/bullet is
 * the first half of a page-break split and gets the next paragraph appended.
 */
function parseSeed(raw: string): SeedPlan {
  const text = raw.normalize('NFC').replace(/\r\n?/g, '\n');
  const blocks = text
    .split(/\n\s*\n/)
    .map((b) => b.split('\n').map((l) => l.replace(/^#+\s*/, '').replace(/\*/g, '').trim()))
    .map((lines) => lines.filter((l) => l.length > 0))
    .filter((lines) => lines.length > 0);

  const isSection = (s: string) => /^(I|II|III|IV|V)\.\s+\S/.test(s);
  const isNumbered = (s: string) => /^\d+\.\s+\S/.test(s);
  const isBullet = (s: string) => s.startsWith('- ');
  const startsStructure = (s: string) => isSection(s) || isNumbered(s) || isBullet(s) || /^Nơi nhận:/.test(s);

  // Join page-break splits.
  const paras: string[][] = [];
  for (const lines of blocks) {
    const prev = paras[paras.length - 1];
    const prevLast = prev?.[prev.length - 1];
    if (prev && prevLast !== undefined && isBullet(prev[0]!) && !FINAL_PUNCT.test(prevLast) && !startsStructure(lines[0]!)) {
      prev[prev.length - 1] = `${prevLast} ${lines.join(' ')}`;
    } else paras.push([...lines]);
  }

  const out: SeedPlan = {
    docType: '',
    subject: '',
    preamble: '',
    sections: [],
    goals: [],
    areas: [],
    items: [],
    closing: '',
    recipients: [],
    signerLines: [],
    flat: '',
  };
  let section = '';
  let inRecipients = false;
  let afterRecipients = false;
  let i = 0;
  for (const lines of paras) {
    const first = lines[0]!;
    const joined = norm(lines.join(' '));
    i += 1;
    if (i === 1) {
      out.docType = norm(lines[0]!);
      out.subject = norm(lines.slice(1).join(' '));
      continue;
    }
    if (afterRecipients) {
      out.signerLines.push(...lines.map(norm));
      continue;
    }
    if (/^Nơi nhận:/.test(first)) {
      inRecipients = true;
      continue;
    }
    if (inRecipients) {
      for (const l of lines) if (isBullet(l)) out.recipients.push(norm(l.slice(2)));
      inRecipients = false;
      afterRecipients = true;
      continue;
    }
    const sec = /^(I|II|III|IV|V)\.\s+(.+)$/.exec(joined);
    if (sec) {
      section = sec[1]!;
      out.sections.push({ numeral: section, title: sec[2]! });
      continue;
    }
    if (section === '') {
      out.preamble = joined;
      continue;
    }
    const num = /^(\d+)\.\s+(.+)$/.exec(joined);
    if (section === 'I') {
      if (num) out.goals.push({ number: Number(num[1]), title: num[2]!, paragraphs: [] });
      else out.goals[out.goals.length - 1]!.paragraphs.push(isBullet(joined) ? joined.slice(2) : joined);
    } else if (section === 'II') {
      if (num) out.areas.push({ number: Number(num[1]), title: num[2]!, bullets: [] });
      else if (isBullet(joined)) out.areas[out.areas.length - 1]!.bullets.push(joined.slice(2));
      else throw new Error(`Unexpected paragraph in section II: ${joined.slice(0, 60)}`);
    } else if (section === 'III') {
      if (num) out.items.push(num[2]!);
      else out.closing = joined;
    }
  }
  out.flat = norm(paras.map((p) => p.join(' ')).join(' '));
  return out;
}

const seed = parseSeed(readSeed());
const loaded = loadPlan(planJson);
if (!loaded.ok) throw new Error(`plan.json does not load: ${JSON.stringify(loaded.issues, null, 2)}`);
const plan: Plan = loaded.value;
const tasks = allTasks(plan);
const areas = contentAreas(plan);
const section = <K extends Plan['sections'][number]['kind']>(kind: K) =>
  plan.sections.find((s) => s.kind === kind) as Extract<Plan['sections'][number], { kind: K }>;

/** Parses "dd/mm/yyyy" (no leading zeros required) into ISO `YYYY-MM-DD`. */
function isoFromVn(d: string): string {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(d);
  if (!m) throw new Error(`not a d/m/yyyy date: ${d}`);
  return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}
/** Date as the plan writes it: two-digit day, month zero-padded only for 1–2 (docs/domain.md#document-dates). */
function vnFromIso(iso: string): string {
  const [y, mo, d] = iso.split('-') as [string, string, string];
  const month = Number(mo);
  return `${d}/${month <= 2 ? mo : String(month)}/${y}`;
}

describe('seed parser (sanity of the oracle itself)', () => {
  it('finds the three sections, two goal parts, eight areas and the end matter', () => {
    expect(seed.sections.map((s) => s.numeral)).toEqual(['I', 'II', 'III']);
    expect(seed.goals.map((g) => g.number)).toEqual([1, 2]);
    expect(seed.areas.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(seed.items).toHaveLength(2);
    expect(seed.closing).not.toBe('');
    expect(seed.recipients.length).toBeGreaterThan(0);
    expect(seed.signerLines.length).toBeGreaterThanOrEqual(3);
  });

  it('every bullet ends with final punctuation once page-break splits are joined', () => {
    for (const a of seed.areas) for (const b of a.bullets) expect(b, b.slice(0, 60)).toMatch(FINAL_PUNCT);
  });

  it('has 29 bullets laid out 4,3,4,5,2,3,4,4', () => {
    expect(seed.areas.map((a) => a.bullets.length)).toEqual([4, 3, 4, 5, 2, 3, 4, 4]);
  });
});

describe('plan.json against the seed', () => {
  it('has the same number of areas and tasks per area as the seed', () => {
    expect(areas.map((a) => a.tasks.length)).toEqual(seed.areas.map((a) => a.bullets.length));
    expect(tasks).toHaveLength(29);
  });

  it('numbers areas II.<area> and tasks II.<area>.<n> in the seed order', () => {
    seed.areas.forEach((sa, ai) => {
      expect(areas[ai]!.id).toBe(`II.${sa.number}`);
      sa.bullets.forEach((_, ti) => expect(areas[ai]!.tasks[ti]!.id).toBe(`II.${sa.number}.${ti + 1}`));
    });
  });

  it('every task text equals its seed bullet verbatim (NFC, whitespace-normalized)', () => {
    seed.areas.forEach((sa, ai) =>
      sa.bullets.forEach((b, ti) => {
        const t = areas[ai]!.tasks[ti]!;
        expect(t.text.vi, t.id).toBe(t.text.vi.normalize('NFC'));
        expect(norm(t.text.vi), t.id).toBe(b);
      }),
    );
  });

  it('every area title equals its seed heading', () => {
    seed.areas.forEach((sa, ai) => expect(norm(areas[ai]!.title.vi), `II.${sa.number}`).toBe(norm(sa.title)));
  });

  it('section titles equal the seed headings', () => {
    expect(plan.sections.map((s) => [s.id, norm(s.title.vi)])).toEqual(seed.sections.map((s) => [s.numeral, norm(s.title)]));
  });

  it('title, preamble and section I equal the seed', () => {
    expect(norm(plan.title.vi).toLowerCase()).toBe(`${seed.docType} ${seed.subject}`.toLowerCase());
    expect(norm(plan.preamble!.vi)).toBe(seed.preamble);
    const goals = section('goals');
    expect(goals.parts.map((p) => norm(p.title.vi))).toEqual(seed.goals.map((g) => g.title));
    expect(goals.parts.map((p) => p.paragraphs.map((g) => norm(g.text.vi)))).toEqual(seed.goals.map((g) => g.paragraphs));
    expect(goals.parts.map((p) => p.id)).toEqual(seed.goals.map((g) => `I.${g.number}`));
  });

  it('section III items and closing paragraph equal the seed', () => {
    const impl = section('implementation');
    expect(impl.items.map((it) => norm(it.text.vi))).toEqual(seed.items);
    expect(impl.items.map((it) => it.id)).toEqual(seed.items.map((_, i) => `III.${i + 1}`));
    expect(norm(impl.closing!.text.vi)).toBe(seed.closing);
  });

  it('recipients equal the seed lines (without "- " and the trailing ";"), the "Lưu:" line marked archive', () => {
    expect(plan.recipients.map((r) => r.text)).toEqual(seed.recipients.map((r) => r.replace(/;$/, '')));
    for (const r of plan.recipients) expect(r.archive, r.text).toBe(r.text.startsWith('Lưu:'));
    for (const r of plan.recipients.filter((x) => !x.archive)) expect(r.units.length, r.text).toBeGreaterThan(0);
  });

  it('the signer block equals the seed', () => {
    const s = plan.signer!;
    expect([`${s.authority} ${s.onBehalfOf}`, s.position, s.name]).toEqual(seed.signerLines);
  });

  it('unit group names appear in the seed as written', () => {
    for (const g of plan.unitGroups.filter((x) => x.id === 'so-ban-nganh' || x.id === 'ubnd-huyen-thanh-pho'))
      expect(seed.flat, g.id).toContain(g.name.vi);
  });

  it('tasks whose bullet names both groups say so; silent ones take them from III.1', () => {
    const groupNames = plan.unitGroups.filter((g) => g.id === 'so-ban-nganh' || g.id === 'ubnd-huyen-thanh-pho').map((g) => g.name.vi);
    expect(groupNames).toHaveLength(2);
    for (const t of tasks) {
      // The bullet opens with "Các Sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố".
      const named = t.text.vi.startsWith(`${groupNames[0]}, ${groupNames[1]}`);
      expect([t.id, t.assigneesFrom]).toEqual([t.id, named ? 'task' : 'III.1']);
      expect([...t.assignees].sort()).toEqual(['so-ban-nganh', 'ubnd-huyen-thanh-pho']);
    }
    // III.1 itself names both groups, which is why silent bullets fall back on it.
    expect(seed.items[0]!.toLowerCase()).toContain(`${groupNames[0]}, ${groupNames[1]}`.toLowerCase());
  });
});

describe('typos: verbatim kept, certain corrections beside', () => {
  const texts: [string, PlanText][] = [];
  const walk = (v: unknown, path: string) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}/${i}`));
    else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.vi === 'string' && typeof o.en === 'string') texts.push([path, o as unknown as PlanText]);
      // Corrections and notes quote the error on purpose.
      for (const [k, x] of Object.entries(o)) if (k !== 'corrected' && k !== 'note') walk(x, `${path}/${k}`);
    }
  };
  walk(plan, '');
  const TYPOS: [RegExp, string, string][] = [
    [/kỹ luật/g, 'kỹ luật', 'kỷ luật'],
    [/các nhân đảng ký/g, 'các nhân đảng ký', 'cá nhân đăng ký'],
    // Not a typo but a wrong document kind: 124-QĐ/TW is a Quy định of the Ban Bí thư
    // (docs/domain.md#source-errors); same policy — verbatim kept, correction beside.
    [/Quyết định số 124-QĐ\/TW/g, 'Quyết định số 124-QĐ/TW', 'Quy định số 124-QĐ/TW'],
  ];

  it('every text carrying a known typo has a correction that fixes exactly it', () => {
    let seen = 0;
    for (const [path, t] of texts) {
      const hits = TYPOS.filter(([re]) => t.vi.search(re) >= 0);
      if (hits.length === 0) {
        expect(t.corrected, path).toBeUndefined();
        continue;
      }
      seen += 1;
      let fixed = t.vi;
      for (const [re, , good] of hits) fixed = fixed.replace(re, good);
      expect(t.corrected?.vi, path).toBe(fixed);
    }
    // II.4 title, II.4.1, II.6.1 and II.8.1 — found in the seed, not listed here.
    const inSeed = seed.areas.flatMap((a) => [a.title, ...a.bullets]).filter((s) => TYPOS.some(([re]) => s.search(re) >= 0));
    expect(seen).toBe(inSeed.length);
    expect(seen).toBeGreaterThanOrEqual(3);
  });

  it('every text has an English gloss', () => {
    for (const [path, t] of texts) expect(t.en.trim().length, path).toBeGreaterThan(0);
    expect(tasks.every((t) => t.text.en.length > 20)).toBe(true);
  });
});

describe('cited documents against the seed', () => {
  it('each citation text occurs verbatim in the seed', () => {
    for (const d of plan.documents) expect(seed.flat, d.id).toContain(norm(d.text));
  });

  it('numbers and dates the plan states occur in its citation; numbers the kit linked do not occur in the seed', () => {
    for (const d of plan.documents) {
      expect(d.number, d.id).toBeDefined();
      if (d.linkedBy === 'plan') {
        expect(seed.flat, d.id).toContain(d.number!);
        expect(d.text, d.id).toContain(d.number!);
        if (d.date !== undefined) expect(d.text, d.id).toContain(vnFromIso(d.date));
      } else {
        expect(seed.flat, d.id).not.toContain(d.number!);
        expect(d.note, d.id).toBeDefined();
      }
    }
  });

  it("each document's text is exactly a citation @dvcq/core's findCitations cuts out of the seed", () => {
    const found = findCitations(readSeed());
    expect(found.ok).toBe(true);
    const raws = found.ok ? found.value.map((f) => norm(f.citation.raw)) : [];
    expect(plan.documents.map((d) => d.text).sort()).toEqual([...new Set(raws)].sort());
  });

  it("documents the kit links have the number and date of core's catalogue link", () => {
    const found = findCitations(readSeed());
    if (!found.ok) throw new Error('findCitations failed');
    const kit = plan.documents.filter((d) => d.linkedBy === 'kit');
    expect(kit.length).toBeGreaterThanOrEqual(5);
    for (const d of kit) {
      const link = found.value.find((f) => norm(f.citation.raw) === d.text)?.citation.linked;
      expect(link, d.id).toBeDefined();
      expect(formatDocumentNumber(link!.number), d.id).toBe(d.number);
      expect(link!.date && documentDateToIso(link!.date), d.id).toBe(d.date);
    }
  });

  it("a document's kind is the plan's wording, or a note quotes the wording and corrects it", () => {
    let corrected = 0;
    for (const d of plan.documents) {
      if (d.text.startsWith(d.type.vi)) continue;
      corrected += 1;
      const written = d.text.split(' số ')[0]!;
      expect(d.note?.vi, d.id).toContain(`"${written} số ${d.number}"`);
      expect(d.note?.vi, d.id).toContain(d.type.vi);
    }
    // 124-QĐ/TW: "Quyết định" in the plan, a Quy định of the Ban Bí thư.
    expect(corrected).toBe(1);
  });

  it('the document numbers in the seed are exactly the numbers of the documents the plan states', () => {
    const tokens = seed.flat.match(/\b\d+(?:\/\d{4})?[-/][A-ZĐ][A-Za-zĐđ]*(?:[-/][A-ZĐ][A-Za-zĐđ0-9]*)+/g) ?? [];
    const stated = plan.documents.filter((d) => d.linkedBy === 'plan').map((d) => d.number);
    expect(tokens.length).toBeGreaterThan(0);
    expect([...new Set(tokens)].sort()).toEqual([...new Set(stated)].sort());
  });

  it('each task cites exactly the documents whose citation text is in its bullet', () => {
    for (const t of tasks) {
      const expected = plan.documents.filter((d) => norm(t.text.vi).includes(norm(d.text))).map((d) => d.id);
      expect([...t.cites].sort(), t.id).toEqual(expected.sort());
    }
  });

  it('the basis is the directive the preamble continues', () => {
    for (const id of plan.basis) {
      const d = plan.documents.find((x) => x.id === id)!;
      expect(seed.preamble).toContain(d.text);
    }
    expect(plan.basis.length).toBeGreaterThan(0);
  });
});

describe('reporting obligations against III.1', () => {
  const item = () => seed.items[0]!;
  it('each deadline text occurs in III.1 and names the date stored', () => {
    expect(plan.obligations).toHaveLength(2);
    for (const o of plan.obligations) {
      expect(item(), o.id).toContain(o.deadline.text);
      const m = /^trước ngày (\d{1,2}\/\d{1,2}\/\d{4})$/.exec(o.deadline.text);
      expect(m, o.id).not.toBeNull();
      expect(isoFromVn(m![1]!), o.id).toBe('date' in o.deadline ? o.deadline.date : undefined);
      // "trước ngày X" read literally (docs/domain.md#deadlines).
      expect(o.deadline.semantics).toBe('before');
      expect(o.dataWindow, 'the plan states no data window').toBeUndefined();
    }
  });

  it('the 6-month deadline is the one III.1 gives for the 6-month report, the annual one for the annual report', () => {
    const semi = plan.obligations.find((o) => o.period === 'semiannual')!;
    const annual = plan.obligations.find((o) => o.period === 'annual')!;
    expect(item()).toContain(`${semi.deadline.text} đối với báo cáo 6 tháng`);
    expect(item()).toContain(`${annual.deadline.text} đối với báo cáo năm`);
  });

  it('recipient, via and copy are the bodies III.1 names', () => {
    const name = (id: string) => plan.orgUnits.find((u) => u.id === id)!;
    for (const o of plan.obligations) {
      expect(name(o.recipient).kind).toBe('province-committee');
      expect(item()).toContain(`qua ${name(o.via!).shortName}`);
      for (const c of o.copies) expect(item()).toContain(name(c).shortName!);
      expect(o.source).toBe('III.1');
    }
    // III.2 gives the follow-up role to the body obligations name as coordinator.
    for (const o of plan.obligations) expect(seed.items[1]).toContain(`Giao ${name(o.coordinator!).shortName}`);
  });
});
