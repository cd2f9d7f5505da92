// Messages of structural and input-guard issues: the field's label (from the plan and
// the catalogue) and words that fit the field's kind.
import type { Issue, Lang } from '@dvcq/core';
import type { IssueCode, MessageParams, ReportCatalogue } from '../locales/codes';
import { type LabelPlan, _choiceLabel, _fieldLabelIn, _fieldLabelOf } from '../locales/field-label';
import type { RawIssue } from '../submission/check';
import type { FieldKind, ShapeNode } from '../submission/shape';
import { _pointerNoRegex } from '../text/limits';

/** @internal The shape node at a path, if the shape has one there. */
export function _nodeAt(root: ShapeNode, segs: ReadonlyArray<string | number>): ShapeNode | undefined {
  let node: ShapeNode | undefined = root;
  for (const s of segs) {
    if (!node) return undefined;
    if (node.t === 'object') node = node.props.find((p) => p.key === String(s))?.node;
    else if (node.t === 'array') node = node.item;
    else return undefined;
  }
  return node;
}

/** @internal The label of a field for messages (its pointer in words when it has none). */
export function _label(pointer: string, catalogue: ReportCatalogue, lang: Lang, plan?: LabelPlan): string {
  if (pointer === '') return catalogue.labels.root;
  return _fieldLabelIn(pointer, catalogue.labels, lang, plan) ?? catalogue.labels.unnamed(pointer);
}

/**
 * Writes the issue of a structural or input-guard problem.
 * @internal
 */
export function _describe(
  code: IssueCode,
  segs: ReadonlyArray<string | number>,
  kind: FieldKind,
  extra: { limit?: number; expected?: string; values?: readonly string[]; detail?: string },
  catalogue: ReportCatalogue,
  lang: Lang,
  plan?: LabelPlan,
): Issue {
  const path = _pointerNoRegex(segs);
  const label = path === '' ? catalogue.labels.root : _fieldLabelOf(path, segs.map(String), catalogue.labels, lang, plan) ?? catalogue.labels.unnamed(path);
  const params: Record<string, string | number> = { field: label, kind };
  if (extra.limit !== undefined) params['limit'] = extra.limit;
  if (extra.expected !== undefined) params['expected'] = extra.expected;
  if (extra.detail !== undefined) params['detail'] = extra.detail;
  if (extra.values !== undefined) params['values'] = extra.values.map((v) => _choiceLabel(v, lang)).join(', ');
  return { code, severity: 'error', path, message: catalogue.messages[code](params as MessageParams) };
}

/** @internal Issues of raw structural problems. */
export function _describeRaws(raws: readonly RawIssue[], catalogue: ReportCatalogue, lang: Lang, plan?: LabelPlan): Issue[] {
  return raws.map((r) => _describe(r.code, r.path, r.kind, { ...(r.limit !== undefined ? { limit: r.limit } : {}), ...(r.expected !== undefined ? { expected: r.expected } : {}), ...(r.values !== undefined ? { values: r.values } : {}) }, catalogue, lang, plan));
}
