import { describe, expect, it } from 'vitest';

import { parseSiteInput, siteOfUrl } from '@/lib/options/hostname';
import { DEFAULT_SETTINGS, isEnabledOn } from '@/lib/settings/schema';
import { bareHostname } from '@/lib/settings/site';

describe('sites', () => {
  it('keys a site the way pages are checked: lower case, no www., no trailing dot', () => {
    expect(bareHostname('WWW.HuffingtonPost.co.uk.')).toBe('huffingtonpost.co.uk');
    // The key is what isEnabledOn compares, so a listed key really turns the page off.
    const settings = { ...DEFAULT_SETTINGS, disabledSites: [bareHostname('www.Express.co.uk')] };
    expect(isEnabledOn(settings, 'www.express.co.uk')).toBe(false);
    expect(isEnabledOn(settings, 'kyivpost.com')).toBe(true);
  });

  it('reads the site of web pages only', () => {
    expect(siteOfUrl('https://www.newsweek.com/russia-morale-1234?x=1#top')).toBe('newsweek.com');
    expect(siteOfUrl('http://127.0.0.1:5173/site/huffpost.html')).toBe('127.0.0.1');
    expect(siteOfUrl('chrome://extensions/')).toBeNull();
    expect(siteOfUrl('chrome-extension://abc/options.html')).toBeNull();
    expect(siteOfUrl('file:///home/me/page.html')).toBeNull();
    expect(siteOfUrl('about:blank')).toBeNull();
    expect(siteOfUrl(undefined)).toBeNull();
    expect(siteOfUrl('not a url')).toBeNull();
  });

  it('accepts a typed hostname or a pasted address', () => {
    expect(parseSiteInput('  Example.COM ')).toEqual({ ok: true, value: 'example.com' });
    expect(parseSiteInput('https://www.kyivpost.com/post/123')).toEqual({ ok: true, value: 'kyivpost.com' });
    expect(parseSiteInput('www.bbc.co.uk/news')).toEqual({ ok: true, value: 'bbc.co.uk' });
    expect(parseSiteInput('localhost:8080')).toEqual({ ok: true, value: 'localhost' });
    // International names come out as a page's location.hostname does: in punycode.
    expect(parseSiteInput('правда.рф')).toEqual({ ok: true, value: 'xn--80aafi6cg.xn--p1ai' });
  });

  it('rejects what is not a site, saying whether it was empty', () => {
    expect(parseSiteInput('   ')).toEqual({ ok: false, error: 'empty' });
    for (const bad of [
      'two words.com',
      'ftp://example.com',
      'exa_mple.com',
      '-bad-.com',
      'a..b',
      'javascript:alert(1)',
    ]) {
      expect(parseSiteInput(bad), bad).toEqual({ ok: false, error: 'invalid' });
    }
  });
});
