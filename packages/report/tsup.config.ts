import { packageBuild } from '../../tsup.shared';

// Every entry of @dvcq/report. @dvcq/core and @dvcq/calendar are dependencies, imported
// (not bundled): a Node user loads one copy of each of their functions. zod (peer) is
// imported only by the `zod` entry; Node built-ins only by `export`.
export default packageBuild(['src/index.ts', 'src/browser.ts', 'src/engine.ts', 'src/zod.ts', 'src/testing.ts', 'src/export.ts', 'src/locales/en.ts']);
