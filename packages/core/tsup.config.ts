import { packageBuild } from '../../tsup.shared';

export default packageBuild(['src/index.ts', 'src/zod.ts', 'src/node.ts', 'src/legacy.ts']);
