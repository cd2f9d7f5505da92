import type { IssueCode } from '../locales/codes';

/**
 * Mã lỗi cấu trúc theo từ khóa JSON Schema — how a JSON Schema validator's errors
 * map to our issue codes (shipped in rules.json as `structuralCodes`): exactly the
 * keywords the exported schema uses. A validator reporting all errors gives one
 * issue per failed keyword; `required` and `additionalProperties` are blamed on the
 * property itself (`/document/number`), one issue per property, not on the object
 * holding it. Keywords that only carry subschemas (`properties`, `items`, `$ref`)
 * raise nothing of their own; an error of any keyword not listed here (the exported
 * schema has none) is `schema.invalid` at the error's instance path.
 */
export const STRUCTURAL_CODES: Readonly<Record<string, IssueCode>> = {
  required: 'schema.required',
  type: 'schema.type',
  enum: 'schema.enum',
  additionalProperties: 'schema.unknown-field',
  minLength: 'schema.too-small',
  minimum: 'schema.too-small',
  maxLength: 'schema.too-big',
  maximum: 'schema.too-big',
  maxItems: 'schema.too-big',
  // The only `pattern` in the report schema: text must hold a non-blank character.
  pattern: 'schema.blank',
};
