/**
 * Pack versions, read and ordered by the `semver` package (SemVer 2.0
 * precedence: https://semver.org/#spec-item-11), so a newer pack replaces an
 * older one and never the reverse. Only the two functions needed are imported,
 * to keep the background bundle small.
 */
import compare from 'semver/functions/compare';
import valid from 'semver/functions/valid';

/** Written exactly as SemVer 2.0 spells a version: no `v` prefix, no spaces (which `semver` alone would forgive). */
const PLAIN = /^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?$/;

/** True for a semantic version such as `1.2.0` or `2.0.0-rc.1+build.5`. */
export function isSemver(value: string): boolean {
  return PLAIN.test(value) && valid(value) !== null;
}

/**
 * Negative when `a` is older than `b`, zero when equal (build metadata is
 * ignored), positive when newer. A version that does not parse (an older
 * build accepted a few that SemVer 2.0 does not, such as `1.0.0-01`) sorts
 * before every valid one, so a valid pack replaces it.
 */
export function compareVersions(a: string, b: string): number {
  const readableA = valid(a) !== null;
  const readableB = valid(b) !== null;
  if (!readableA || !readableB) return Number(readableA) - Number(readableB);
  return compare(a, b);
}
