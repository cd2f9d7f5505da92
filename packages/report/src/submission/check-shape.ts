import type { Issue, Lang } from '@dvcq/core';
import { localeFor } from '../locales/labels';
import { type ShapeNode, _checkShapeWith } from './shape';

/**
 * Kiểm tra cấu trúc — checks a value against a shape (after the input guard) and
 * returns our structural issues, the same ones zod's schema built from the same
 * shape gives through `fromZodIssues`.
 * @param root - from `reportShape`
 * @param value - the submission
 * @param lang - message language
 * @returns the issues (empty when the shape holds)
 */
export function checkShape(root: ShapeNode, value: unknown, lang: Lang): Issue[] {
  return _checkShapeWith(root, value, localeFor(lang).messages);
}
