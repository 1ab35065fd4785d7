/**
 * Bilingual texts for lookup failures. The result carries a key and params so
 * the panel can show the agent's language; `message` in a result is English for
 * logs and tests.
 */
export type LookupLang = 'en' | 'zh';

export type LookupErrorKind = 'auth' | 'not-found' | 'timeout' | 'http' | 'network' | 'mapping' | 'permission' | 'invalid-value';

export type LookupMessageKey = `lookup.error.${LookupErrorKind}`;

export type LookupMessageParams = Record<string, string | number>;

export const lookupMessages: Record<LookupLang, Record<LookupMessageKey, string>> = {
  en: {
    'lookup.error.auth': 'Sign in to {system} in another tab, then press Refresh.',
    'lookup.error.not-found': '{system} has no record for {value}.',
    'lookup.error.timeout': '{system} did not answer within {seconds} s (tried {attempts} times).',
    'lookup.error.http': '{system} answered HTTP {status} (tried {attempts} times).',
    'lookup.error.network': 'Could not reach {system}: {detail}',
    'lookup.error.mapping': '{system} answered, but {pointer} could not be read: {detail}',
    'lookup.error.permission': 'Deskmate is not allowed to contact {origin}. Grant access on the options page.',
    'lookup.error.invalid-value': 'Cannot look up this value: {detail}',
  },
  zh: {
    'lookup.error.auth': '请在另一个标签页登录 {system}，然后点击“刷新”。',
    'lookup.error.not-found': '{system} 中没有 {value} 的记录。',
    'lookup.error.timeout': '{system} 在 {seconds} 秒内没有响应（已尝试 {attempts} 次）。',
    'lookup.error.http': '{system} 返回 HTTP {status}（已尝试 {attempts} 次）。',
    'lookup.error.network': '无法连接 {system}：{detail}',
    'lookup.error.mapping': '{system} 已响应，但无法读取 {pointer}：{detail}',
    'lookup.error.permission': 'Deskmate 尚未获准访问 {origin}，请在选项页授权。',
    'lookup.error.invalid-value': '无法查询该值：{detail}',
  },
};

/** Fills `{name}` params; unknown params are left visible rather than dropped. */
export function formatLookupMessage(key: LookupMessageKey, params: LookupMessageParams, lang: LookupLang = 'en'): string {
  return lookupMessages[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
