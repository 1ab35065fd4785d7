import { z } from 'zod';
import { consoleDefinitionSchema } from '../consoles/definition';
import { connectorSchema } from '../lookups/schema';
import { categoryRuleSchema, patternRuleSchema } from '../extract/rules';

/**
 * Every setting Deskmate has, with its default, title and description.
 * This one schema drives: the stored user settings (validated field by field),
 * the managed-policy schema (public/managed_schema.json is generated from it
 * and a test keeps them equal), the options page, and the locks.
 *
 * Leaves that policy may set are never nullable: Chrome's policy schema has no
 * null type, so "not set" is an empty string.
 */
const bool = (d: boolean, title: string, description: string) => z.boolean().default(d).meta({ title, description });
const str = (d: string, title: string, description: string) => z.string().default(d).meta({ title, description });

/** Order/tracking patterns and category rules are the extract library's own schemas, so every rule option (needsCue, compact) is settable. */
export { patternRuleSchema, categoryRuleSchema };

export const settingsSchema = z.object({
  features: z
    .object({
      autofill: bool(true, 'Ticket auto-fill', 'Extract customer details from the chat and offer to fill the ticket.'),
      sentiment: bool(true, 'Sentiment', 'Classify the sentiment of customer messages on the device.'),
      abuseMasking: bool(true, 'Abuse masking', 'Hide abusive customer messages until the agent chooses to read them.'),
      knowledge: bool(true, 'Knowledge suggestions', 'Suggest knowledge-base answers for the conversation.'),
      history: bool(true, 'Handling history', 'Keep a local record of how each customer was handled.'),
      lookups: bool(true, 'Order lookups', 'Look up orders and shipments in the company systems defined as connectors.'),
    })
    .prefault({})
    .meta({ title: 'Features', description: 'Switch each Deskmate feature on or off.' }),
  classification: z
    .object({
      abuseThreshold: z.number().min(0).max(1).default(0.5).meta({ title: 'Abuse threshold', description: 'Model score (0–1) above which a message is treated as abusive.' }),
      negativeThreshold: z.number().min(0).max(1).default(0.6).meta({ title: 'Negative threshold', description: 'Model score (0–1) above which a message counts as negative.' }),
      maskingStyle: z.enum(['placeholder', 'blur']).default('placeholder').meta({ title: 'Masking style', description: 'placeholder: replace the text with a calm notice; blur: blur the text.' }),
      maskWaitMs: z.number().int().min(0).max(300).default(300).meta({ title: 'Masking wait (ms)', description: 'With "hold live messages": how long a message that arrives while the ticket is open and passes the on-page word check may stay hidden while the model classifies it (at most 300 ms).' }),
      unclassified: z
        .enum(['holdLive', 'show'])
        .default('holdLive')
        .meta({
          title: 'Messages not yet classified',
          description:
            'What the agent sees before the model has answered. Either way a message the on-page word check finds abusive is hidden before it is painted, and the model may hide a message after. holdLive: a message arriving live is held for at most the masking wait, messages already there when a ticket opens are shown; show: nothing is held.',
        }),
      negativeRunForEscalation: z.number().int().min(2).max(10).default(3).meta({ title: 'Negative run for escalation', description: 'No longer used: a run of negative messages raises priority to high, and escalation follows the rules (abuse, legal, media or regulator threat, anger after repeated contact). Kept so existing policies stay valid.' }),
      modelMirrorUrl: str('', 'Model mirror URL', 'Base URL of an organisation mirror serving larger models in Hugging Face layout. Empty: bundled models only.'),
      sentimentModelId: str('', 'Sentiment model id', 'Model id on the mirror for sentiment (empty: bundled).'),
      abuseModelId: str('', 'Abuse model id', 'Model id on the mirror for abuse (empty: bundled).'),
    })
    .prefault({})
    .meta({ title: 'Classification', description: 'On-device sentiment and abuse classification.' }),
  autofill: z
    .object({
      orderPatterns: z.array(patternRuleSchema).default([]).meta({ title: 'Extra order number patterns', description: 'Order number formats of your shop, added to the built-in ones.' }),
      trackingPatterns: z.array(patternRuleSchema).default([]).meta({ title: 'Extra tracking number patterns', description: 'Waybill formats of your carriers, added to the built-in ones.' }),
      categoryRules: z.array(categoryRuleSchema).default([]).meta({ title: 'Category keyword rules', description: 'Extra keywords per category (and new categories), added to the built-in rules.' }),
      fieldMapping: z
        .record(z.string(), z.record(z.string(), z.string()))
        .default({ zendesk: { order_id: 'custom_order_number', tracking_number: 'custom_tracking_number', phone: 'custom_phone', description: 'custom_description' } })
        .meta({ title: 'Field mapping', description: 'Per console id: Deskmate field (order_id, tracking_number, phone, category) → the console field key that receives it.' }),
    })
    .prefault({})
    .meta({ title: 'Auto-fill', description: 'What ticket auto-fill recognises and where it writes.' }),
  knowledge: z
    .object({
      minScore: z.number().min(0).max(100).default(4).meta({ title: 'Minimum score', description: 'Minimum raw BM25 score for a suggestion to be shown. Whether a question counts as answered also needs the best hit to cover at least a fifth of its words.' }),
      minRelated: z.number().min(0).max(1).default(0.5).meta({ title: 'Minimum meaning similarity', description: 'A suggestion below the minimum score is still shown, labelled "related", when the embedding model puts it at least this close in meaning (cosine similarity, 0–1) to the question: an answer sharing no word with the question is not hidden.' }),
      maxSuggestions: z.number().int().min(1).max(10).default(3).meta({ title: 'Suggestions shown', description: 'How many suggestions the panel shows.' }),
      synonyms: z.array(z.array(z.string().min(1)).min(2)).default([]).meta({ title: 'Synonyms', description: 'Groups of words that mean the same to your customers, e.g. ["退款","退钱"]. Added to the built-in list.' }),
      kbUrl: str('', 'Knowledge base URL', 'URL of a knowledge-base file (CSV, JSON, Markdown or Help Center export) re-read on a schedule. The server must allow CORS, or its host must be granted to the extension.'),
      kbRefreshMinutes: z.number().int().min(15).max(10080).default(360).meta({ title: 'Knowledge base refresh (minutes)', description: 'How often the knowledge-base URL is re-read.' }),
      embeddingModelId: str(
        'deskmate-embed',
        'Embedding model id',
        "Sentence-embedding model that re-ranks the keyword matches by meaning. Empty: keyword ranking only; 'deskmate-embed': the bundled model; any other id: loaded from the model mirror (classification.modelMirrorUrl), falling back to the bundled model, with the reason shown, if the mirror fails or none is set.",
      ),
    })
    .prefault({})
    .meta({ title: 'Knowledge', description: 'Knowledge suggestions.' }),
  history: z
    .object({
      retentionDays: z.number().int().min(1).max(3650).default(180).meta({ title: 'Retention (days)', description: 'Handling records and audit entries older than this are deleted.' }),
      hashContactKeys: bool(false, 'Hash contact details', 'Store phone numbers and e-mails only as salted hashes (lookups still work).'),
    })
    .prefault({})
    .meta({ title: 'History', description: 'Handling history kept in this browser.' }),
  consoles: z
    .object({
      zendesk: bool(true, 'Zendesk', 'Read Zendesk Agent Workspace (and the demo console).'),
      definitions: z.array(consoleDefinitionSchema).default([]).meta({ title: 'Console definitions', description: 'Consoles without a built-in adapter, described by selectors.' }),
    })
    .prefault({})
    .meta({ title: 'Consoles', description: 'Which helpdesk consoles Deskmate reads.' }),
  lookups: z
    .object({
      connectors: z.array(connectorSchema).default([]).meta({ title: 'Connectors', description: 'Order and logistics lookup connectors (see docs/lookups.md).' }),
    })
    .prefault({})
    .meta({ title: 'Lookups', description: 'Lookups in the company systems.' }),
  ui: z
    .object({
      language: z.enum(['auto', 'en', 'zh-CN']).default('auto').meta({ title: 'Language', description: 'Interface language; auto follows the browser.' }),
    })
    .prefault({})
    .meta({ title: 'Interface', description: 'Interface preferences.' }),
});

export type Settings = z.output<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
