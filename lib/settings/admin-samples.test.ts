import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import managedSchema from '../../public/managed_schema.json';
import { computeEffectiveSettings, POLICY_LOCKED_KEYS } from './effective';
import { sanitizeSettings } from './sanitize';
import { DEFAULT_SETTINGS, settingsSchema } from './schema';
import { getAt, isPlainObject, leafPaths } from './schema-walk';

/**
 * Every policy sample an administrator copies from docs/policy-samples is read
 * the way the browser reads it (JSON file, registry, configuration profile,
 * Admin console JSON), then checked twice: against Chrome's own schema
 * (public/managed_schema.json: a value that fails it never reaches Deskmate)
 * and against Deskmate's settings schema (every value valid, every value locked).
 * The small parsers are hand-written because the samples use a small, fixed
 * subset of each format and no maintained package reads .reg files.
 */
const EXTENSION_ID = 'eppeacojielmpmaabpiefgcdgegjfgle';
const UPDATE_URL = 'https://intranet.example.com/deskmate/update.xml';
const SAMPLES = new URL('../../docs/policy-samples/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, SAMPLES), 'utf8');

type Json = unknown;
interface SchemaNode {
  type?: string;
  enum?: unknown[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  additionalProperties?: SchemaNode;
  minimum?: number;
  maximum?: number;
}

interface Sample {
  /** Deskmate's policy payload, as the extension would get it from chrome.storage.managed. */
  policy: Record<string, Json>;
  /** Browser policy that installs the extension: ExtensionSettings entry and/or forcelist entries. */
  install: { settings?: Json; forcelist?: string[] };
}

// ---- readers, one per format ----

function fromPolicyJson(name: string): Sample {
  const doc = JSON.parse(read(name)) as Record<string, Record<string, Record<string, Record<string, Json>>>>;
  return { policy: doc['3rdparty']!.extensions![EXTENSION_ID]!, install: { settings: (doc.ExtensionSettings as Record<string, Json> | undefined)?.[EXTENSION_ID] } };
}

/** Google Admin console: each top-level policy is wrapped as { "Value": … }. */
function fromGoogleAdmin(name: string): Sample {
  const doc = JSON.parse(read(name)) as Record<string, { Value: Json }>;
  return { policy: Object.fromEntries(Object.entries(doc).map(([k, v]) => [k, v.Value])), install: {} };
}

/** Registry values by key: `"name"="string"` (with \" and \\ escapes) and `"name"=dword:hex`. */
function regKeys(text: string): Map<string, Record<string, string | number>> {
  const keys = new Map<string, Record<string, string | number>>();
  let current: Record<string, string | number> | null = null;
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const key = /^\[(.+)\]$/.exec(line);
    const str = /^"((?:[^"\\]|\\.)*)"="((?:[^"\\]|\\.)*)"$/.exec(line);
    const dword = /^"((?:[^"\\]|\\.)*)"=dword:([0-9a-fA-F]{8})$/.exec(line);
    if (key) keys.set(key[1]!, (current = {}));
    else if (str && current) current[unescapeReg(str[1]!)] = unescapeReg(str[2]!);
    else if (dword && current) current[unescapeReg(dword[1]!)] = parseInt(dword[2]!, 16);
    else if (line.trim() && !line.startsWith(';') && !line.startsWith('Windows Registry Editor')) throw new Error(`unreadable .reg line: ${line}`);
  }
  return keys;
}
const unescapeReg = (s: string) => s.replace(/\\(.)/g, '$1');

/** Like Chrome on Windows: registry strings and numbers are converted to what the extension's schema expects. */
function fromRegistry(value: string | number, schema: SchemaNode | undefined): Json {
  if (schema?.type === 'object' || schema?.type === 'array') return typeof value === 'string' ? JSON.parse(value) : value;
  if (schema?.type === 'boolean') return value === 1 || value === 'true';
  if ((schema?.type === 'number' || schema?.type === 'integer') && typeof value === 'string') return Number(value);
  return value;
}

function fromReg(name: string, vendor: string): Sample {
  const keys = regKeys(read(name));
  const base = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${vendor}`;
  const policyKey = keys.get(`${base}\\3rdparty\\extensions\\${EXTENSION_ID}\\policy`) ?? {};
  const props = (managedSchema as SchemaNode).properties!;
  const settings = keys.get(base)?.ExtensionSettings;
  return {
    policy: Object.fromEntries(Object.entries(policyKey).map(([k, v]) => [k, fromRegistry(v, props[k])])),
    install: {
      settings: typeof settings === 'string' ? (JSON.parse(settings) as Record<string, Json>)[EXTENSION_ID] : undefined,
      forcelist: Object.values(keys.get(`${base}\\ExtensionInstallForcelist`) ?? {}).map(String),
    },
  };
}

/** XML property lists: dict, array, string, integer, real, true, false. */
function parsePlist(xml: string): Json {
  const tokens = [...xml.replace(/<\?xml[^>]*>|<!DOCTYPE[^>]*>/g, '').matchAll(/<(\/?)(\w+)(\/?)>([^<]*)/g)];
  let i = 0;
  const value = (): Json => {
    const [, , tag, selfClosing, text] = tokens[i++]!;
    if (selfClosing) return tag === 'true' ? true : tag === 'false' ? false : tag === 'dict' ? {} : [];
    if (tag === 'plist') return value();
    if (tag === 'dict') {
      const out: Record<string, Json> = {};
      while (tokens[i]![2] === 'key') {
        const key = tokens[i]![4]!;
        i += 2; // <key>…</key>
        out[key] = value();
      }
      i++; // </dict>
      return out;
    }
    if (tag === 'array') {
      const out: Json[] = [];
      while (!tokens[i]![1]) out.push(value());
      i++;
      return out;
    }
    i++; // closing tag of a scalar
    const decoded = text!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    if (tag === 'integer' || tag === 'real') return Number(decoded);
    if (tag === 'string') return decoded;
    throw new Error(`unsupported plist element <${tag}>`);
  };
  return value();
}

function fromMobileconfig(name: string, domain: string): Sample {
  const profile = parsePlist(read(name)) as { PayloadContent: Array<Record<string, Json>> };
  const payload = (type: string) => profile.PayloadContent.find((p) => p.PayloadType === type);
  const policy = Object.fromEntries(Object.entries(payload(`${domain}.extensions.${EXTENSION_ID}`) ?? {}).filter(([k]) => !k.startsWith('Payload')));
  return { policy, install: { settings: (payload(domain)?.ExtensionSettings as Record<string, Json> | undefined)?.[EXTENSION_ID] } };
}

const READERS: Record<string, () => Sample> = {
  'chrome-linux.json': () => fromPolicyJson('chrome-linux.json'),
  'edge-linux.json': () => fromPolicyJson('edge-linux.json'),
  'google-admin.json': () => fromGoogleAdmin('google-admin.json'),
  'windows-chrome.reg': () => fromReg('windows-chrome.reg', 'Google\\Chrome'),
  'windows-edge.reg': () => fromReg('windows-edge.reg', 'Microsoft\\Edge'),
  'macos-chrome.mobileconfig': () => fromMobileconfig('macos-chrome.mobileconfig', 'com.google.Chrome'),
  'macos-edge.mobileconfig': () => fromMobileconfig('macos-edge.mobileconfig', 'com.microsoft.Edge'),
};

/** The part of JSON Schema Chrome applies to extension policy; returns the paths it would drop. */
function chromeSchemaErrors(value: Json, schema: SchemaNode, path = ''): string[] {
  const typeOk: Record<string, (v: Json) => boolean> = {
    object: isPlainObject,
    array: Array.isArray,
    string: (v) => typeof v === 'string',
    boolean: (v) => typeof v === 'boolean',
    integer: (v) => Number.isInteger(v),
    number: (v) => typeof v === 'number',
  };
  if (schema.enum && !schema.enum.includes(value)) return [`${path}: not one of ${schema.enum.join(', ')}`];
  if (schema.type && !typeOk[schema.type]!(value)) return [`${path}: not ${schema.type}`];
  if (typeof value === 'number' && ((schema.minimum ?? -Infinity) > value || (schema.maximum ?? Infinity) < value)) return [`${path}: out of range`];
  if (Array.isArray(value) && schema.items) return value.flatMap((v, i) => chromeSchemaErrors(v, schema.items!, `${path}[${i}]`));
  if (isPlainObject(value))
    return Object.entries(value).flatMap(([k, v]) => {
      const child = schema.properties?.[k] ?? schema.additionalProperties;
      return child ? chromeSchemaErrors(v, child, path ? `${path}.${k}` : k) : [`${path ? `${path}.` : ''}${k}: unknown`];
    });
  return [];
}

describe('admin guide policy samples', () => {
  it('has a reader for every file in docs/policy-samples', () => {
    expect(readdirSync(SAMPLES).sort()).toEqual(Object.keys(READERS).sort());
  });

  it.each(Object.keys(READERS))('%s: Chrome accepts the policy, Deskmate validates and locks every value', (name) => {
    const { policy } = READERS[name]!();
    expect(Object.keys(policy).length).toBeGreaterThan(1);
    expect(chromeSchemaErrors(policy, managedSchema as SchemaNode)).toEqual([]);

    const { [POLICY_LOCKED_KEYS]: lockedKeys, ...values } = policy;
    expect(sanitizeSettings(settingsSchema, values).issues).toEqual([]);
    const effective = computeEffectiveSettings({}, policy);
    expect(effective.issues).toEqual([]);
    const leaves = leafPaths(settingsSchema);
    for (const path of leaves.filter((p) => getAt(values, p) !== undefined)) {
      expect(effective.locked, `${name}: ${path} is set, so locked`).toContain(path);
      expect(getAt(effective.settings, path)).toEqual(getAt(values, path));
    }
    for (const key of (lockedKeys as string[] | undefined) ?? []) {
      const covered = leaves.filter((p) => p === key || p.startsWith(`${key}.`));
      expect(covered, `${name}: lockedKeys entry "${key}" names no setting`).not.toEqual([]);
      for (const p of covered) expect(effective.locked).toContain(p);
    }
  });

  it.each(Object.keys(READERS).filter((n) => n !== 'google-admin.json'))('%s: force-installs Deskmate from the self-hosted update.xml', (name) => {
    const { install } = READERS[name]!();
    expect(install.settings).toMatchObject({ installation_mode: 'force_installed', update_url: UPDATE_URL });
    for (const entry of install.forcelist ?? []) expect(entry).toBe(`${EXTENSION_ID};${UPDATE_URL}`);
  });

  it('every format carries the same policy, so the guide can describe one', () => {
    const [first, ...rest] = Object.values(READERS).map((r) => r().policy);
    for (const p of rest) expect(p).toEqual(first);
  });
});

describe('admin guide', () => {
  const guide = readFileSync(new URL('../../docs/admin-guide.md', import.meta.url), 'utf8');

  it.each(leafPaths(settingsSchema))('lists policy key %s with its default', (path) => {
    const row = guide.split('\n').find((l) => l.startsWith(`| \`${path}\` |`));
    expect(row, `docs/admin-guide.md has no table row for ${path}`).toBeDefined();
    expect(row!.split(' | ')[2]).toBe(`\`${JSON.stringify(getAt(DEFAULT_SETTINGS, path))}\``);
  });

  it('documents lockedKeys and links every sample file', () => {
    expect(guide).toContain(`| \`${POLICY_LOCKED_KEYS}\` |`);
    for (const name of Object.keys(READERS)) expect(guide).toContain(`policy-samples/${name}`);
  });
});
