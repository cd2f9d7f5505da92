// JSON Pointer parsing lives in @dvcq/core (beside toJsonPointer); re-exported
// here so the validator can use it without the message catalogues.
export { parsePointer } from '@dvcq/core';
