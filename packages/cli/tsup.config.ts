import { packageBuild } from '../../tsup.shared';

// shims: `import.meta.url` in the CommonJS build (the plan resolver starts from it).
export default packageBuild(['src/index.ts', 'src/bin.ts'], { shims: true });
