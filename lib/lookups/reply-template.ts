/**
 * Fills a connector's reply template with mapped fields, for "Insert into
 * reply". Placeholders name fields by label, in English or Chinese and in any
 * case (`{{Status}}`, `{{状态}}`); `{{items}}` becomes one line per line item.
 * Substitution is a single pass, so a value that contains `{{…}}` (customer
 * names are customer-controlled) is inserted literally.
 */
import { fieldLabel, type MappedField, type MappedResponse } from './mapping';
import type { LookupLang } from './messages';
import { replacePlaceholders } from './placeholders';

const ITEM_STYLE: Record<LookupLang, { bullet: string; pair: string; join: string; none: string }> = {
  en: { bullet: '- ', pair: ': ', join: ', ', none: '(no items)' },
  zh: { bullet: '- ', pair: '：', join: '，', none: '（无商品）' },
};

export function formatItems(items: MappedField[][], lang: LookupLang): string {
  const style = ITEM_STYLE[lang];
  if (items.length === 0) return style.none;
  return items
    .map((row) =>
      style.bullet +
      row
        .filter((f) => f.value !== '')
        .map((f) => `${fieldLabel(f, lang)}${style.pair}${f.value}`)
        .join(style.join),
    )
    .join('\n');
}

export function fillReplyTemplate(template: string, mapped: MappedResponse, lang: LookupLang): string {
  const byLabel = new Map<string, string>();
  for (const f of mapped.fields) {
    byLabel.set(f.label.toLowerCase(), f.value);
    if (f.labelZh) byLabel.set(f.labelZh.toLowerCase(), f.value);
  }
  return replacePlaceholders(template, (name) => {
    const key = name.toLowerCase();
    if (byLabel.has(key)) return byLabel.get(key)!;
    if (key === 'items') return formatItems(mapped.items, lang);
    // Validation rejects unknown names; an empty string beats sending "{{x}}" to a customer.
    return '';
  });
}
