/** Largest plan file accepted, checked before parsing (a plan is tens or hundreds of kB). */
export const MAX_PLAN_BYTES = 5 * 1024 * 1024;
