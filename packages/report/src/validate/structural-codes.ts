import type { IssueCode } from '../locales/codes';

/**
 * Mã lỗi cấu trúc theo từ khóa JSON Schema — how a JSON Schema validator's errors
 * map to our issue codes (shipped in rules.json as `structuralCodes`). zod's issues
 * map to the same codes, so Ajv (or a Java/.NET/PHP validator) and `validateReport`
 * agree on codes. `required` and `additionalProperties` errors are blamed on the
 * property itself (`/document/number`), not on the object holding it.
 */
export const STRUCTURAL_CODES: Readonly<Record<string, IssueCode>> = {
  required: 'schema.required',
  type: 'schema.type',
  enum: 'schema.enum',
  const: 'schema.enum',
  additionalProperties: 'schema.unknown-field',
  minLength: 'schema.too-small',
  minimum: 'schema.too-small',
  exclusiveMinimum: 'schema.too-small',
  minItems: 'schema.too-small',
  maxLength: 'schema.too-big',
  maximum: 'schema.too-big',
  exclusiveMaximum: 'schema.too-big',
  maxItems: 'schema.too-big',
  // The only `pattern` in the report schema is `\S` (text must not be blank).
  pattern: 'schema.blank',
};
