/** Reads and writes the reader's settings, kept in the database and in memory. */
import type { ParallaxDB } from '../db/schema';
import { applyPatch, normaliseSettings, type SettingsPatch } from '../settings/migrations';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';

const KEY = 'settings';

/** The settings record, migrated on first read and written back in the current version. */
export class SettingsService {
  private current: Promise<Settings> | null = null;
  // Writes run one after another, each on the result of the last: the popup and the
  // options page open together must not overwrite each other's changes.
  private writes: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: ParallaxDB) {}

  /** The current settings (migrating an older stored record once). */
  get(): Promise<Settings> {
    this.current ??= this.db.settings.get(KEY).then(async (row) => {
      const settings = normaliseSettings(row?.value);
      // Store the migrated form so every reader of the table sees the current version.
      if (row !== undefined && JSON.stringify(row.value) !== JSON.stringify(settings))
        await this.db.settings.put({ key: KEY, value: settings });
      return settings;
    });
    this.current.catch(() => (this.current = null));
    return this.current;
  }

  /** Applies a change and stores it. */
  update(patch: SettingsPatch): Promise<Settings> {
    return this.write(async () => applyPatch(await this.get(), patch));
  }

  /** Restores the defaults. */
  reset(): Promise<Settings> {
    return this.write(async () => structuredClone(DEFAULT_SETTINGS));
  }

  private write(compute: () => Promise<Settings>): Promise<Settings> {
    const done = this.writes.then(async () => {
      const next = await compute();
      await this.db.settings.put({ key: KEY, value: next });
      this.current = Promise.resolve(next);
      return next;
    });
    this.writes = done.catch(() => undefined);
    return done;
  }
}
