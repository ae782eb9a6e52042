import { describe, expect, it } from 'vitest';

import { siteOfUrl } from '@/lib/options/hostname';
import { readOutletHints } from '@/lib/page/outlet';
import { normaliseSettings } from '@/lib/settings/migrations';
import { DEFAULT_SETTINGS, isEnabledOn } from '@/lib/settings/schema';
import { bareHostname } from '@/lib/settings/site';

describe('bareHostname', () => {
  it('lowercases, trims, and drops a leading www. and a trailing dot, and nothing else', () => {
    expect(bareHostname(' WWW.Example.COM. ')).toBe('example.com');
    expect(bareHostname('www.bbc.co.uk')).toBe('bbc.co.uk');
    expect(bareHostname('news.example.com.')).toBe('news.example.com');
    expect(bareHostname('www2.example.com')).toBe('www2.example.com');
    expect(bareHostname('wwwexample.com')).toBe('wwwexample.com');
    expect(bareHostname('127.0.0.1')).toBe('127.0.0.1');
  });

  it('keys a page, a stored site and a typed site the same, so a site turned off stays off', () => {
    const page = readOutletHints(document, new URL('https://WWW.Example.com./article'));
    const stored = normaliseSettings({ ...DEFAULT_SETTINGS, disabledSites: ['www.Example.com.'] });
    expect(stored.disabledSites).toEqual(['example.com']);
    expect(page.hostname).toBe('example.com');
    expect(siteOfUrl('https://www.example.com./x')).toBe('example.com');
    expect(isEnabledOn(stored, 'www.example.com.')).toBe(false);
    expect(isEnabledOn(stored, 'example.org')).toBe(true);
  });
});
