/** Phiên bản định dạng tệp kế hoạch — the plan file format version this library reads. */
export const PLAN_FORMAT_VERSION = 1;
