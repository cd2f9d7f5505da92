// The registry of rule families: rules.json lists their rules in this order. A new
// family is one module beside these and one line here (docs/architecture.md).
import type { RuleFamily } from './family';
import { identityRules } from './identity';
import { latenessRules } from './lateness';
import { documentRules } from './document';
import { recipientRules } from './recipients';
import { signerRules } from './signer';
import { taskRules } from './tasks';
import { indicatorRules } from './indicators';
import { modelRules } from './models';

/** Các nhóm quy tắc — every rule family, in the order rules.json lists their rules. */
export const RULE_FAMILIES: readonly RuleFamily[] = [identityRules, latenessRules, documentRules, recipientRules, signerRules, taskRules, indicatorRules, modelRules];
