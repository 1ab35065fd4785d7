import { describe, expect, it } from 'vitest';
import { settingsSchema } from '../settings/schema';
import { leafPaths } from '../settings/schema-walk';
import { settingTitlesZh } from './setting-titles-zh';

describe('setting titles', () => {
  it('every setting has a Chinese title, and no title is left for a removed setting', () => {
    expect(Object.keys(settingTitlesZh).sort()).toEqual(leafPaths(settingsSchema).sort());
  });
});
