/**
 * Cross-field rules for connector definitions that zod's shape checks cannot
 * express. Each returns issues with a path relative to the connector, so the
 * options page can point at the exact field.
 */
import { templateOrigin } from './origin';
import { placeholderNames, requestPlaceholderNames } from './placeholders';
import type { LookupMapping, TriggerField } from './schema';

export interface RuleIssue {
  path: (string | number)[];
  message: string;
}

export function checkPattern(trigger: { field: TriggerField; pattern?: string }): RuleIssue[] {
  const path = ['trigger', 'pattern'];
  if (trigger.field !== 'pattern') {
    return trigger.pattern === undefined ? [] : [{ path, message: 'pattern is only used when field is "pattern"' }];
  }
  if (trigger.pattern === undefined) return [{ path, message: 'required when field is "pattern"' }];
  let re: RegExp;
  try {
    re = new RegExp(trigger.pattern);
  } catch (e) {
    return [{ path, message: `not a valid regular expression: ${(e as Error).message}` }];
  }
  // A pattern that matches nothing-at-all would fire on every message.
  return re.test('') ? [{ path, message: 'must not match an empty string' }] : [];
}

function checkPlaceholders(template: string, field: TriggerField, path: string[]): RuleIssue[] {
  const allowed = requestPlaceholderNames(field);
  return placeholderNames(template)
    .filter((name) => !allowed.includes(name))
    .map((name) => ({ path, message: `unknown placeholder {{${name}}}; use ${allowed.map((a) => `{{${a}}}`).join(' or ')}` }));
}

export function checkUrl(url: string, field: TriggerField): RuleIssue[] {
  const path = ['request', 'url'];
  if (!templateOrigin(url)) {
    return [{ path, message: 'must start with a literal http(s)://host[:port]/ (no placeholder, user name or password before the path)' }];
  }
  return checkPlaceholders(url, field, path);
}

// Names the browser forbids scripts to set, plus credentials: a connector rides
// on the agent's own session cookies so that no secret is stored in Deskmate.
const FORBIDDEN_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'cookie2', 'host', 'origin', 'referer', 'content-length', 'connection', 'keep-alive', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'via', 'expect', 'date']);
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export function checkHeaders(headers: Record<string, string>): RuleIssue[] {
  const issues: RuleIssue[] = [];
  for (const [name, value] of Object.entries(headers)) {
    const path = ['request', 'headers', name];
    const lower = name.toLowerCase();
    if (!HEADER_NAME.test(name)) issues.push({ path, message: 'not a valid header name' });
    else if (FORBIDDEN_HEADERS.has(lower) || lower.startsWith('sec-') || lower.startsWith('proxy-')) {
      issues.push({ path, message: `header "${name}" may not be set: requests use the agent's signed-in session, never stored credentials` });
    }
    if (/[\r\n\0]/.test(value)) issues.push({ path, message: 'header value must be a single line' });
    if (placeholderNames(value).length > 0) issues.push({ path, message: 'headers are static: placeholders are not allowed here' });
  }
  return issues;
}

export function checkBody(request: { method: 'GET' | 'POST'; url: string; body?: string }, field: TriggerField): RuleIssue[] {
  const path = ['request', 'body'];
  const inUrl = placeholderNames(request.url).length > 0;
  if (request.body === undefined) {
    if (request.method === 'POST' && !inUrl) return [{ path, message: 'POST needs a JSON body template or a placeholder in the URL' }];
    return inUrl ? [] : [{ path: ['request', 'url'], message: 'the URL must contain the looked-up value, e.g. {{value}}' }];
  }
  if (request.method === 'GET') return [{ path, message: 'a GET request cannot have a body; use POST' }];
  try {
    JSON.parse(request.body);
  } catch {
    return [{ path, message: 'must be valid JSON with placeholders inside strings, e.g. {"phone": "{{phone}}"}' }];
  }
  const issues = checkPlaceholders(request.body, field, path);
  if (!inUrl && placeholderNames(request.body).length === 0) {
    issues.push({ path, message: 'the body must contain the looked-up value, e.g. "{{value}}"' });
  }
  return issues;
}

export function checkMapping(mapping: LookupMapping): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (mapping.fields.length === 0 && !mapping.list) issues.push({ path: ['mapping', 'fields'], message: 'map at least one field or a list' });
  const seen = new Set<string>();
  mapping.fields.forEach((f, i) => {
    for (const name of [f.label, f.labelZh]) {
      if (name === undefined) continue;
      const key = name.toLowerCase();
      if (seen.has(key)) issues.push({ path: ['mapping', 'fields', i, 'label'], message: `label "${name}" is used twice; reply templates refer to fields by label` });
      seen.add(key);
    }
  });
  return issues;
}

/** Reply templates may use mapped labels (English or Chinese) and {{items}}. */
export function checkReplyTemplate(template: string | undefined, mapping: LookupMapping): RuleIssue[] {
  if (template === undefined) return [];
  const known = new Set(mapping.fields.flatMap((f) => [f.label, f.labelZh ?? f.label]).map((l) => l.toLowerCase()));
  if (mapping.list) known.add('items');
  return placeholderNames(template)
    .filter((name) => !known.has(name.toLowerCase()))
    .map((name) => ({ path: ['replyTemplate'], message: `{{${name}}} is not a mapped field label${mapping.list ? ' or {{items}}' : ''}` }));
}
