import { describe, expect, it } from 'vitest';
import { CONSOLE_PRESETS, withPreset } from './presets';
import { requesterEmail, requesterName } from './configured/read';

const rt = CONSOLE_PRESETS.find((p) => p.id === 'request-tracker')!;
const freescout = CONSOLE_PRESETS.find((p) => p.id === 'freescout')!;

describe('console presets', () => {
  it('every preset is a valid definition with its own id, and every declared write has a channel', () => {
    expect(CONSOLE_PRESETS.map((p) => p.id)).toEqual(['freescout', 'request-tracker']);
    for (const p of CONSOLE_PRESETS) expect(p.definition.id).toBe(p.id);
    // RT's comment form is the internal channel: switched by UpdateType and checked before writing.
    expect(rt.definition.internalNote.switch).toEqual({ selector: 'select[name="UpdateType"]', value: 'private' });
    expect(rt.definition.internalNote.check).toContain('option[value="private"]:checked');
  });

  it('adds a preset, keeps the other definitions, and adds its field mapping only when there is none', () => {
    const first = withPreset([freescout.definition], {}, rt);
    expect(first.definitions.map((d) => d.id)).toEqual(['freescout', 'request-tracker']);
    expect(first.fieldMapping['request-tracker']).toEqual({ order_id: 'custom_order_number', tracking_number: 'custom_tracking_number' });
    const own = { 'request-tracker': { order_id: 'custom_order' } };
    expect(withPreset([], own, rt).fieldMapping).toEqual(own);
  });

  it('enabling a preset again resets an edited copy instead of adding a second one', () => {
    const edited = { ...rt.definition, composer: '#mine' };
    const next = withPreset([edited, freescout.definition], {}, rt);
    expect(next.definitions.map((d) => d.id)).toEqual(['request-tracker', 'freescout']);
    expect(next.definitions[0]!.composer).toBe('textarea[name="UpdateContent"]');
  });
});

describe('requester shown as a mailbox', () => {
  it('splits "Name <address>" and leaves other text alone', () => {
    expect(requesterName('Emily Carter <emily.carter@example.com>')).toBe('Emily Carter');
    expect(requesterEmail('Emily Carter <emily.carter@example.com>')).toBe('emily.carter@example.com');
    expect(requesterName('"Carter, Emily" <e@x.org>')).toBe('Carter, Emily');
    expect(requesterName('<e@x.org>')).toBe('e@x.org');
    expect(requesterName('王敏')).toBe('王敏');
    expect(requesterEmail('wangmin@example.com')).toBe('wangmin@example.com');
  });
});
