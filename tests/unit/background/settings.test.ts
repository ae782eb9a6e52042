import { describe, expect, it } from 'vitest';

import { SettingsService } from '@/lib/background/settings';
import { ParallaxDB } from '@/lib/db/schema';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

describe('SettingsService', () => {
  it('keeps both of two changes sent at the same moment', async () => {
    const settings = new SettingsService(new ParallaxDB());
    await Promise.all([settings.update({ disabledSites: ['a.test'] }), settings.update({ palette: 'distinct' })]);
    const stored = await new SettingsService(new ParallaxDB()).get();
    expect(stored.disabledSites).toEqual(['a.test']);
    expect(stored.palette).toBe('distinct');
  });

  it('stores a reset and survives a new connection, as after a restart', async () => {
    const settings = new SettingsService(new ParallaxDB());
    await settings.update({ enabled: false, hover: { showMs: 900 } });
    expect((await new SettingsService(new ParallaxDB()).get()).hover.showMs).toBe(900);
    await settings.reset();
    expect(await new SettingsService(new ParallaxDB()).get()).toEqual(DEFAULT_SETTINGS);
  });

  it('brings a stored record with a broken field up to date and writes it back', async () => {
    const db = new ParallaxDB();
    await db.settings.put({ key: 'settings', value: { ...DEFAULT_SETTINGS, enabled: false, palette: 'neon' } });
    const read = await new SettingsService(db).get();
    expect(read).toMatchObject({ enabled: false, palette: 'standard' });
    expect((await db.settings.get('settings'))?.value).toEqual(read);
  });
});
