/** UI strings of the classify capability, English and Chinese side by side (keys start with "classify."). */
export const classifyEn = {
} as const;

export const classifyZh: Record<keyof typeof classifyEn, string> = {
};
