import { packageBuild } from '../../tsup.shared';

// `browser`: the validator without zod and without the English catalogue;
// `locales/en` → `dist/locales/en.*`: the English catalogue on its own — for pages
// that load English on demand.
export default packageBuild(['src/index.ts', 'src/export.ts', 'src/browser.ts', 'src/locales/en.ts']);
