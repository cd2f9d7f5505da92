import { packageBuild } from '../../tsup.shared';

// `@dvcq/report/browser`: the validator without zod and without the English catalogue.
// The functions it calls from @dvcq/core and @dvcq/calendar are bundled into it from
// their sources (the `@dvcq/source` condition lets esbuild keep only those modules), so
// importing it loads neither package's main entry nor, through them, zod: a fresh Node
// process imports it and the plan and validates once in ~30 ms (README "Budgets"), and
// a page bundled from dist gets the same small graph. Built after tsup.config.ts.
export default packageBuild(['src/browser.ts'], {
  clean: false,
  noExternal: ['@dvcq/core', '@dvcq/calendar'],
  esbuildOptions(options) {
    options.charset = 'utf8';
    options.conditions = ['@dvcq/source'];
  },
});
