/** UI strings of the lookups capability, English and Chinese side by side (keys start with "lookups."). */
export const lookupsEn = {
} as const;

export const lookupsZh: Record<keyof typeof lookupsEn, string> = {
};
