/** Order/logistics lookups on the content side: the feature and the pieces its panel section uses. */
export { lookupsFeature, PLAN_DEBOUNCE_MS } from './lookups-feature';
