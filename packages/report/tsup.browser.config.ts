import { packageBuild } from '../../tsup.shared';

// `@dvcq/report` (main), `@dvcq/report/browser` and `@dvcq/report/zod`: the functions
// they call from @dvcq/core and @dvcq/calendar are bundled into them from their
// sources (the `@dvcq/source` condition lets esbuild keep only those modules), so
// importing the main or browser entry loads neither package's main entry nor,
// through them, zod: a fresh Node process imports it and the plan and validates
// once within the 50 ms budget (README "Budgets"). Only the `zod` entry imports zod
// (a peer dependency, never bundled). Built after tsup.config.ts.
export default packageBuild(['src/index.ts', 'src/browser.ts', 'src/zod.ts'], {
  clean: false,
  noExternal: ['@dvcq/core', '@dvcq/calendar'],
  esbuildOptions(options) {
    options.charset = 'utf8';
    options.conditions = ['@dvcq/source'];
  },
});
