import type { Issue, Lang, Plan } from '@dvcq/core';
import { localeFor } from '../locales/labels';
import { _describeRaws } from '../validate/describe';
import { compileShape } from './check';
import type { ShapeNode } from './shape';

/**
 * Kiểm tra cấu trúc — checks a value against a shape (after the input guard) and
 * returns the structural issues: the errors a JSON Schema validator reports (all
 * errors on) on the exported schema, with our codes and messages.
 * @param root - from `reportShape`
 * @param value - the submission
 * @param lang - message language
 * @param plan - names the fields in messages (indicators by label)
 * @returns the issues (empty when the shape holds)
 */
export function checkShape(root: ShapeNode, value: unknown, lang: Lang, plan?: Plan): Issue[] {
  return _describeRaws(compileShape(root)(value).issues, localeFor(lang), lang, plan);
}
