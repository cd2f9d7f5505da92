// CONTRACT.md holds every section it promises, and rules.json's $comment points only
// to sections that exist.
import { describe, expect, it } from 'vitest';
import { CONTRACT_SECTIONS, contractMarkdown } from './contract';
import { RULES_COMMENT_SECTIONS, rulesFile } from '../export';
import { buildRules } from '../rules/build-rules';
import { LIMITS } from '../text/limits';
import { hoaBinhPlan, twoLevelPlan } from '../_fixtures/plans';

describe('CONTRACT.md', () => {
  const md = contractMarkdown(hoaBinhPlan, buildRules(hoaBinhPlan));
  const anchors = [...md.matchAll(/<a id="([a-z0-9-]+)"><\/a>/g)].map((m) => m[1]);

  it('has every section, once, in order', () => {
    expect(anchors).toEqual([...CONTRACT_SECTIONS]);
  });

  it('rules.json $comment names sections that exist', () => {
    const comment = rulesFile(hoaBinhPlan).$comment;
    const named = [...comment.matchAll(/#([a-z0-9-]+)/g)].map((m) => m[1]);
    expect(named).toEqual([...RULES_COMMENT_SECTIONS]);
    for (const id of named) expect(anchors, id).toContain(id);
    expect(comment).toContain('CONTRACT.md');
  });

  it('states the numbers the code uses and the operators the rules use', () => {
    for (const n of [LIMITS.nodes, LIMITS.string, LIMITS.array, LIMITS.jsonText]) expect(md).toContain(String(n).replace(/\B(?=(?:\d{3})+$)/g, ' '));
    expect(md).toContain('1945-01-01');
    expect(md).toContain('2200-12-31');
    const md2 = contractMarkdown(twoLevelPlan, buildRules(twoLevelPlan));
    for (const op of ['var', 'in', 'or', '===']) expect(md2).toContain(`\`${op}\``);
    expect(md).toMatch(/Quy tắc của tệp này chỉ dùng: .*`reduce`|`var`/);
  });

  it('is NFC and names no machine path', () => {
    expect(md).toBe(md.normalize('NFC'));
    expect(md).not.toMatch(/\/work\/|\.\.\/shared|DESIGN\.md|STYLE\.md/);
  });
});
