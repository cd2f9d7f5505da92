import { packageBuild } from '../../tsup.shared';

// `export` (Node only) and `locales/en` (the English catalogue on its own, for pages
// that load English on demand) are built here; `.`, `browser` and `zod` by
// tsup.browser.config.ts (after this one).
export default packageBuild(['src/export.ts', 'src/locales/en.ts']);
