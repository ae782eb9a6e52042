import { describe, expect, it } from 'vitest';

import { isSiteOff, siteSwitchPatch, withoutSite, withSite } from '@/lib/options/sites';
import { applyPatch } from '@/lib/settings/migrations';
import { DEFAULT_SETTINGS, isEnabledOn } from '@/lib/settings/schema';

describe('the list of sites where Parallax is off', () => {
  it('adds a site once, sorted, whatever its spelling', () => {
    expect(withSite(['newsweek.com'], 'www.Express.co.uk')).toEqual(['express.co.uk', 'newsweek.com']);
    expect(withSite(['express.co.uk'], 'EXPRESS.co.uk')).toEqual(['express.co.uk']);
  });

  it('removes a site and leaves the others', () => {
    expect(withoutSite(['express.co.uk', 'newsweek.com'], 'www.newsweek.com')).toEqual(['express.co.uk']);
    expect(withoutSite(['express.co.uk'], 'kyivpost.com')).toEqual(['express.co.uk']);
  });

  it('switches Parallax off and on again for one site, as the page would see it', () => {
    let settings = DEFAULT_SETTINGS;
    settings = applyPatch(settings, siteSwitchPatch(settings, 'www.huffingtonpost.co.uk', false));
    expect(isSiteOff(settings, 'huffingtonpost.co.uk')).toBe(true);
    expect(isEnabledOn(settings, 'www.huffingtonpost.co.uk')).toBe(false);
    expect(isEnabledOn(settings, 'express.co.uk')).toBe(true);
    settings = applyPatch(settings, siteSwitchPatch(settings, 'huffingtonpost.co.uk', true));
    expect(isEnabledOn(settings, 'www.huffingtonpost.co.uk')).toBe(true);
    expect(settings.disabledSites).toEqual([]);
  });
});
