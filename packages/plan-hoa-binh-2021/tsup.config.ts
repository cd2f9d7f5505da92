import { packageBuild } from '../../tsup.shared';

// The form views are entries of their own ("./form-plan", "./form-plan-vi"): a page
// importing one does not load the plan file or the other view.
export default packageBuild(['src/index.ts', 'src/form-plan.ts', 'src/form-plan-vi.ts']);
