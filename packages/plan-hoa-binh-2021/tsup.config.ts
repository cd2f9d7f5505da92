import { packageBuild } from '../../tsup.shared';

// The form views are entries of their own ("./form-plan", "./form-plan-vi", and the
// full task texts "./form-plan-texts-vi"): a page importing one does not load the plan
// file or the other views.
export default packageBuild(['src/index.ts', 'src/form-plan.ts', 'src/form-plan-vi.ts', 'src/form-plan-texts-vi.ts']);
