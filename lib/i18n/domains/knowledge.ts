/** UI strings of the knowledge capability, English and Chinese side by side (keys start with "knowledge."). */
export const knowledgeEn = {
} as const;

export const knowledgeZh: Record<keyof typeof knowledgeEn, string> = {
};
