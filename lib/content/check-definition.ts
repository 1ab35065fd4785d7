import { consoleDefinitionSchema } from '../consoles/definition';
import { checkDefinition, describeProblems } from '../consoles/configured/check';
import { createConfiguredAdapter } from '../consoles/configured';

/** Run a console definition's selectors on this page and say what each one found. */
export function checkDefinitionOnPage(raw: unknown) {
  const parsed = consoleDefinitionSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      url: location.href,
      urlMatches: null,
      checks: [],
      problems: parsed.error.issues.map((i) => `${i.path.join('.') || '(definition)'}: ${i.message}`),
      messages: 0,
    };
  }
  const url = new URL(location.href);
  const result = checkDefinition(parsed.data, document, url);
  const adapter = createConfiguredAdapter(parsed.data);
  const ctx = adapter.activeTicket(document, url);
  return { url: url.href, ...result, problems: describeProblems(result), messages: ctx ? adapter.readConversation(ctx).length : 0 };
}
