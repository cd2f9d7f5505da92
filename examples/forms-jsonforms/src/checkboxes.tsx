// The vanilla renderer set has no multi-choice control; this one draws an array of
// `oneOf` strings (the recipients) as checkboxes, with the control's errors.
import { type ControlProps, type JsonSchema, optionIs, rankWith } from '@jsonforms/core';
import { withJsonFormsControlProps } from '@jsonforms/react';

function Checkboxes({ data, path, label, schema, errors, handleChange, id, visible }: ControlProps) {
  if (!visible) return null;
  const items = (schema.items as JsonSchema & { oneOf?: Array<{ const: string; title: string }> }).oneOf ?? [];
  const value: string[] = Array.isArray(data) ? data : [];
  return (
    <fieldset className="control" id={id} aria-invalid={errors ? true : undefined}>
      <legend>{label}</legend>
      {items.map((o) => (
        <label key={o.const} className="choice">
          <input
            type="checkbox"
            checked={value.includes(o.const)}
            onChange={(e) => handleChange(path, e.target.checked ? [...value, o.const] : value.filter((v) => v !== o.const))}
          />{' '}
          {o.title}
        </label>
      ))}
      {errors && <div className="validation">{errors}</div>}
    </fieldset>
  );
}

export const checkboxesRenderer = { tester: rankWith(10, optionIs('format', 'checkboxes')), renderer: withJsonFormsControlProps(Checkboxes) };
