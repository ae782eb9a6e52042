/**
 * A site as Parallax keys it: the hostname in lower case, without a leading
 * `www.` or a trailing dot. Pages, the settings' list of sites and the options
 * page all read hostnames through this one function, so `https://WWW.Example.com./a`
 * and a typed `example.com` are the same site everywhere.
 */

/** `hostname` trimmed, lowercased, without a leading `www.` and a trailing (fully qualified) dot. */
export function bareHostname(hostname: string): string {
  return hostname
    .trim()
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '');
}
