import { describe, expect, it } from 'vitest';

import messages from '@/assets/public/_locales/en/messages.json';
import { formatMessage, type CatalogueEntry } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/t';

describe('i18n', () => {
  it('fills named placeholders in order', () => {
    expect(t('whyScore', '1.3', '0.5')).toBe('score 1.3 (needs 0.5)');
    expect(t('actionMute', 'Darya Dugina')).toBe('Mute Darya Dugina');
  });

  it('gives an empty string for unknown keys, as browsers do', () => {
    expect(formatMessage(messages as Record<string, CatalogueEntry>, 'noSuchKey')).toBe('');
  });

  it('has a description for every message, for translators', () => {
    const entries = Object.entries(messages as Record<string, CatalogueEntry>);
    expect(entries.length).toBeGreaterThan(20);
    for (const [key, entry] of entries) expect(entry.description, key).toBeTruthy();
  });

  it('declares every placeholder a message uses', () => {
    for (const [key, entry] of Object.entries(messages as Record<string, CatalogueEntry>)) {
      const used = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase());
      for (const name of used) expect(entry.placeholders?.[name], `${key} uses $${name}$`).toBeDefined();
    }
  });
});

describe('the message catalogue as browsers load it', () => {
  it('names every message with letters, digits and underscores only (Chrome refuses to load the extension otherwise)', () => {
    expect(Object.keys(messages).filter((name) => !/^[A-Za-z0-9_@]+$/.test(name))).toEqual([]);
  });
});
