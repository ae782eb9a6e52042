/** Ordering of pack versions, so a newer pack replaces an older one and never the reverse. */

function parts(version: string): { core: number[]; pre: string | null } {
  const [withoutBuild = ''] = version.split('+');
  const dash = withoutBuild.indexOf('-');
  const core = (dash === -1 ? withoutBuild : withoutBuild.slice(0, dash)).split('.').map(Number);
  return { core, pre: dash === -1 ? null : withoutBuild.slice(dash + 1) };
}

/** Negative when `a` is older than `b`, zero when equal, positive when newer (semver 2.0 precedence). */
export function compareVersions(a: string, b: string): number {
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < 3; i++) {
    const diff = (pa.core[i] ?? 0) - (pb.core[i] ?? 0);
    if (diff !== 0) return diff;
  }
  // A pre-release (1.1.0-rc.1) sorts before its release (1.1.0).
  if (pa.pre === pb.pre) return 0;
  if (pa.pre === null) return 1;
  if (pb.pre === null) return -1;
  return pa.pre.localeCompare(pb.pre, 'en', { numeric: true });
}
