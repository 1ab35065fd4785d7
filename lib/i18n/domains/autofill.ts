/** UI strings of the autofill capability, English and Chinese side by side (keys start with "autofill."). */
export const autofillEn = {
} as const;

export const autofillZh: Record<keyof typeof autofillEn, string> = {
};
