import { describe, expect, it } from 'vitest';

import { compareVersions, isSemver } from '@/lib/dataset/semver';

/** Every adjacent pair must compare as older, in both directions. */
function expectAscending(versions: string[]): void {
  versions.slice(1).forEach((newer, i) => {
    const older = versions[i] as string;
    expect([older, newer, compareVersions(older, newer) < 0]).toEqual([older, newer, true]);
    expect([newer, older, compareVersions(newer, older) > 0]).toEqual([newer, older, true]);
  });
}

describe('pack versions', () => {
  it('follow SemVer 2.0 precedence, pre-releases included', () => {
    // The example list of https://semver.org/#spec-item-11.
    expectAscending([
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
    ]);
  });

  it('compare alphanumeric identifiers in ASCII order, and put numeric ones first', () => {
    expect(compareVersions('1.0.0-Beta', '1.0.0-alpha')).toBeLessThan(0);
    expect(compareVersions('1.0.0-10', '1.0.0-9a')).toBeLessThan(0);
    expect(compareVersions('1.0.0-rc.9', '1.0.0-rc.10')).toBeLessThan(0);
  });

  it('ignore build metadata', () => {
    expect(compareVersions('1.0.0+build.5', '1.0.0+build.6')).toBe(0);
    expect(compareVersions('1.0.0-rc.1+a', '1.0.0-rc.1')).toBe(0);
  });

  it('put a version that does not parse before every valid one', () => {
    expect(compareVersions('1.0.0-01', '0.0.1')).toBeLessThan(0);
    expect(compareVersions('0.0.1', 'nonsense')).toBeGreaterThan(0);
  });

  it('accept only versions written as SemVer 2.0 spells them', () => {
    expect(
      ['1.0.0', '0.0.1', '2.0.0-rc.1', '1.0.0-alpha.beta+exp.sha.5114f85', '1.0.0+20130313144700'].filter(isSemver),
    ).toHaveLength(5);
    expect(
      ['v1.0.0', ' 1.0.0', '1.0', '01.0.0', '1.0.0-01', '1.0.0-a..b', '1.0.0+', '=1.0.0'].filter(isSemver),
    ).toEqual([]);
  });
});
