import { packageBuild } from '../../tsup.shared';

// `locales/en` → `dist/locales/en.*`: the English catalogue on its own, for pages that
// load English on demand. The `browser` entry is built by tsup.browser.config.ts.
export default packageBuild(['src/index.ts', 'src/export.ts', 'src/locales/en.ts']);
