/** UI strings of the history capability, English and Chinese side by side (keys start with "history."). */
export const historyEn = {
} as const;

export const historyZh: Record<keyof typeof historyEn, string> = {
};
