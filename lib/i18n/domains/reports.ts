/** UI strings of the reports capability, English and Chinese side by side (keys start with "reports."). */
export const reportsEn = {
} as const;

export const reportsZh: Record<keyof typeof reportsEn, string> = {
};
