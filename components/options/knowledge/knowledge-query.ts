/** TanStack Query key prefix of everything the knowledge section reads: invalidated after an import or sync. */
export const KNOWLEDGE_QUERY_KEY = ['knowledge'] as const;
