// @dvcq/core/node — plan files and bundled plan packages, for Node programs.
export { bundledPlans, readPlanFile, resolvePlanSource } from './node/plan-source';
export type { BundledPlan, PlanSource, PlanSourceOptions } from './node/plan-source';
