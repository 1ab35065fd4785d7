import type { ContentFeature } from '../feature';
import { autofillFeature } from './autofill';
import { historyFeature } from './history';
import { classifyFeature } from './classify';
import { lookupsFeature } from './lookups';
import { knowledgeFeature } from './knowledge';

/**
 * Every content-side feature, in one list (append a line to add one). Each
 * lives in its own folder beside this file with its panel section under
 * components/panel/.
 */
export const CONTENT_FEATURES: Array<ContentFeature<any>> = [
  autofillFeature,
  classifyFeature,
  lookupsFeature,
  knowledgeFeature,
  historyFeature,
];
