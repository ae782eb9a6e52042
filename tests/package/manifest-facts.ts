/** Facts read off a built manifest: what it asks for, which messages and files it names. */
import type { Manifest } from './packages';

/** MV2 lists origins among `permissions`; these are host permissions, not API permissions. */
function isOrigin(permission: string): boolean {
  return permission === '<all_urls>' || permission.includes('://') || permission.startsWith('*');
}

const sorted = (list: Iterable<string>): string[] => [...new Set(list)].sort();

/** Everything the manifest asks the browser to allow, each list sorted and without repeats. */
export interface DeclaredAccess {
  permissions: string[];
  hostPermissions: string[];
  /** Optional permissions and optional origins, which a later prompt could ask for. */
  optional: string[];
  contentScriptMatches: string[];
  /** Extension files web pages may load, and the pages that may. */
  webAccessible: string[];
  webAccessibleMatches: string[];
}

/** Reads the permissions, origins, content-script matches and web-accessible files of `manifest`. */
export function declaredAccess(manifest: Manifest): DeclaredAccess {
  const permissions = manifest.permissions ?? [];
  const webAccessible = manifest.web_accessible_resources ?? [];
  return {
    permissions: sorted(permissions.filter((p) => !isOrigin(p))),
    hostPermissions: sorted([...permissions.filter(isOrigin), ...(manifest.host_permissions ?? [])]),
    optional: sorted([...(manifest.optional_permissions ?? []), ...(manifest.optional_host_permissions ?? [])]),
    contentScriptMatches: sorted((manifest.content_scripts ?? []).flatMap((c) => c.matches)),
    webAccessible: sorted(webAccessible.flatMap((w) => (typeof w === 'string' ? [w] : w.resources))),
    webAccessibleMatches: sorted(webAccessible.flatMap((w) => (typeof w === 'string' ? [] : (w.matches ?? [])))),
  };
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** The message names of every `__MSG_name__` placeholder anywhere in the manifest. */
export function messageNames(manifest: Manifest): string[] {
  return sorted(
    strings(manifest).flatMap((s) => [...s.matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)].map((m) => m[1] as string)),
  );
}

/** Every file the manifest points the browser at (scripts, pages, stylesheets, exposed files). */
export function namedFiles(manifest: Manifest): string[] {
  const popup = manifest.action?.default_popup ?? manifest.browser_action?.default_popup;
  return sorted(
    [
      manifest.background?.service_worker,
      ...(manifest.background?.scripts ?? []),
      manifest.background?.page,
      ...(manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]),
      popup,
      manifest.options_ui?.page,
      manifest.side_panel?.default_path,
      manifest.sidebar_action?.default_panel,
      ...declaredAccess(manifest).webAccessible,
    ].filter((f): f is string => typeof f === 'string'),
  );
}
