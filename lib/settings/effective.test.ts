import { describe, expect, it } from 'vitest';
import { computeEffectiveSettings, isLocked } from './effective';
import { DEFAULT_SETTINGS } from './schema';

describe('computeEffectiveSettings', () => {
  it('is the defaults when nothing is stored and no policy is set', () => {
    const eff = computeEffectiveSettings({}, {});
    expect(eff.settings).toEqual(DEFAULT_SETTINGS);
    expect(eff.locked).toEqual([]);
    expect(eff.issues).toEqual([]);
  });

  it('applies stored values over defaults', () => {
    const eff = computeEffectiveSettings({ features: { autofill: false }, history: { retentionDays: 30 } }, {});
    expect(eff.settings.features.autofill).toBe(false);
    expect(eff.settings.features.sentiment).toBe(true);
    expect(eff.settings.history.retentionDays).toBe(30);
  });

  it('drops a bad stored field alone and keeps its valid siblings', () => {
    const eff = computeEffectiveSettings(
      { features: { autofill: 'yes', sentiment: false }, history: { retentionDays: -4, hashContactKeys: true }, bogus: 1 },
      {},
    );
    expect(eff.settings.features.autofill).toBe(true);
    expect(eff.settings.features.sentiment).toBe(false);
    expect(eff.settings.history.retentionDays).toBe(DEFAULT_SETTINGS.history.retentionDays);
    expect(eff.settings.history.hashContactKeys).toBe(true);
    expect(eff.issues.map((i) => i.path).sort()).toEqual(['stored: bogus', 'stored: features.autofill', 'stored: history.retentionDays']);
  });

  it('survives a stored value of the wrong shape entirely', () => {
    expect(computeEffectiveSettings('garbage', null).settings).toEqual(DEFAULT_SETTINGS);
    expect(computeEffectiveSettings({ features: [1, 2] }, {}).settings.features).toEqual(DEFAULT_SETTINGS.features);
  });

  it('puts policy on top and locks what it sets', () => {
    const eff = computeEffectiveSettings(
      { features: { autofill: true }, classification: { abuseThreshold: 0.9 } },
      { features: { autofill: false }, classification: { abuseThreshold: 0.7 } },
    );
    expect(eff.settings.features.autofill).toBe(false);
    expect(eff.settings.classification.abuseThreshold).toBe(0.7);
    expect(eff.locked).toEqual(['features.autofill', 'classification.abuseThreshold']);
    expect(isLocked(eff.locked, 'features.autofill')).toBe(true);
    expect(isLocked(eff.locked, 'features.sentiment')).toBe(false);
  });

  it('lockedKeys pins a path at its default, ignoring stored values below it', () => {
    const eff = computeEffectiveSettings({ features: { knowledge: false, history: false } }, { lockedKeys: ['features.knowledge', 'history'] });
    expect(eff.settings.features.knowledge).toBe(true);
    expect(eff.settings.features.history).toBe(false);
    expect(eff.locked).toContain('history.retentionDays');
    expect(eff.locked).toContain('history.hashContactKeys');
    expect(eff.policy).toEqual({ lockedKeys: ['features.knowledge', 'history'] });
  });

  it('ignores an invalid policy value (reported) instead of failing', () => {
    const eff = computeEffectiveSettings({}, { history: { retentionDays: 'forever' } });
    expect(eff.settings.history.retentionDays).toBe(DEFAULT_SETTINGS.history.retentionDays);
    expect(eff.locked).toEqual([]);
    expect(eff.issues[0]?.path).toBe('policy: history.retentionDays');
    expect(eff.policy).toEqual({});
  });

  it('replaces arrays whole rather than merging them', () => {
    const def = { id: 'acme', name: 'Acme', urlPattern: 'https://acme.test/*', messages: { item: '.m', body: '.b' } };
    const eff = computeEffectiveSettings({ consoles: { definitions: [def, { ...def, id: 'other' }] } }, { consoles: { definitions: [def] } });
    expect(eff.settings.consoles.definitions.map((d) => d.id)).toEqual(['acme']);
  });
});
