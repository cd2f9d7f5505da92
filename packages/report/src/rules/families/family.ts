// What a rule family gets to build its rules with, and the helpers every family uses.
// A family is one module of ./families (identity, lateness, document, …) listed in
// ./families/index.ts; adding a family means one new module and one line there.
import type { Lang, Plan } from '@dvcq/core';
import type { IssueCode, MessageParams, ReportCatalogue } from '../../locales/codes';
import { _label } from '../../validate/describe';
import type { JsonLogic } from '../logic';
import type { ContextTables, MissingStrategy, ReportMode, Rule, RuleRead } from '../rule';

/**
 * Bộ thông điệp của bộ quy tắc — the catalogues rule messages are written from:
 * Vietnamese always, English when given (a browser page may load English on demand).
 */
export interface ReportLocales {
  readonly vi: ReportCatalogue;
  readonly en?: ReportCatalogue;
}

/** Đầu vào của một nhóm quy tắc — what a rule family builds from. */
export interface FamilyInput {
  readonly plan: Plan;
  readonly tables: ContextTables;
  readonly locales: ReportLocales;
}

/** Nhóm quy tắc — one family of rules (one module, one concern). */
export interface RuleFamily {
  /** Short name, e.g. `identity`, `indicators`. */
  readonly id: string;
  readonly build: (input: FamilyInput) => Rule[];
}

/** @internal Both modes / the final mode only. */
export const BOTH: ReportMode[] = ['draft', 'final'];
/** @internal */
export const FINAL: ReportMode[] = ['final'];

/** @internal `{"var": "read.i"}` */
export const r = (i: number): JsonLogic => ({ var: `read.${i}` });
/** @internal `{"var": "ctx.name"}` */
export const ctx = (name: string): JsonLogic => ({ var: `ctx.${name}` });
/** @internal escapes one JSON Pointer segment */
export const esc = (s: string): string => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** @internal The spec of one rule (everything but id, code and message). */
export interface RuleSpec {
  severity: 'error' | 'warning';
  modes: ReportMode[];
  reads: RuleRead[];
  blames: string;
  missing: MissingStrategy;
  logic: JsonLogic;
  /** Message parameters in a language (the blamed field's label is added as `field`). */
  params?: (lang: Lang) => MessageParams;
}

/**
 * Builds one rule; the message comes from the catalogue so rules.json and
 * validateReport say the same, and names the blamed field (`field`). Without an
 * English catalogue `message.en` is empty.
 * @internal
 */
export function rule(input: FamilyInput, code: IssueCode, about: string | undefined, spec: RuleSpec): Rule {
  const L = input.locales;
  const say = (lang: Lang, c: ReportCatalogue): string => c.messages[code]({ field: _label(spec.blames, c, lang, input.plan), ...(spec.params?.(lang) ?? {}) });
  return {
    id: about === undefined ? code : `${code}:${about}`,
    code,
    severity: spec.severity,
    modes: spec.modes,
    reads: spec.reads,
    blames: spec.blames,
    missing: spec.missing,
    message: { vi: say('vi', L.vi), en: L.en ? say('en', L.en) : '' },
    logic: spec.logic,
  };
}

/** @internal Unit names joined by "hoặc"/"or" (ids stay when unknown). */
export function unitNames(plan: Plan, ids: readonly string[], lang: 'vi' | 'en'): string {
  return ids
    .map((id) => {
      const u = plan.orgUnits.find((x) => x.id === id) ?? plan.unitGroups.find((g) => g.id === id);
      if (!u) return id;
      return lang === 'vi' ? ('shortName' in u && u.shortName) || u.name.vi : u.name.en;
    })
    .join(lang === 'vi' ? ' hoặc ' : ' or ');
}
