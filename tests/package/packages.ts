/** Finds and opens the store packages the global setup provided, and reads their manifests. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

import type { Browser } from './permissions';
import { readZip, type ZipContents } from './zip-reader';

/** The fields of a WebExtension manifest that the package tests read. */
export interface Manifest {
  manifest_version: number;
  name: string;
  description: string;
  version: string;
  default_locale?: string;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; js?: string[]; css?: string[] }[];
  web_accessible_resources?: (string | { resources: string[]; matches?: string[] })[];
  background?: { service_worker?: string; scripts?: string[]; page?: string };
  action?: { default_popup?: string };
  browser_action?: { default_popup?: string };
  options_ui?: { page: string };
  side_panel?: { default_path: string };
  sidebar_action?: { default_panel: string };
  browser_specific_settings?: {
    gecko?: { id?: string; data_collection_permissions?: { required?: string[]; optional?: string[] } };
  };
  externally_connectable?: unknown;
  content_security_policy?: unknown;
  update_url?: unknown;
}

/** The three zips `npm run zip` produces. */
export interface Packages {
  chrome: ZipContents;
  firefox: ZipContents;
  /** The sources zip that Firefox's reviewers rebuild the extension from. */
  sources: ZipContents;
}

async function findZip(dir: string, suffix: string): Promise<string> {
  const found = (await readdir(dir)).filter((name) => name.endsWith(suffix));
  if (found.length !== 1) throw new Error(`Expected one *${suffix} in ${dir}, found ${JSON.stringify(found)}.`);
  return join(dir, found[0] as string);
}

/** Opens the Chrome, Firefox and sources zips in `dir`. */
export async function loadPackages(dir: string): Promise<Packages> {
  const [chrome, firefox, sources] = await Promise.all(
    ['-chrome.zip', '-firefox.zip', '-sources.zip'].map(async (suffix) => readZip(await findZip(dir, suffix))),
  );
  if (!chrome || !firefox || !sources) throw new Error('A package is missing.');
  return { chrome, firefox, sources };
}

/** The text of one file in a package; fails when it is missing. */
export function text(zip: ZipContents, path: string): string {
  const file = zip.files.get(path);
  if (!file) throw new Error(`${path} is not in ${zip.path}.`);
  return file.toString('utf8');
}

/** The package's parsed manifest.json. */
export function manifestOf(zip: ZipContents): Manifest {
  return JSON.parse(text(zip, 'manifest.json')) as Manifest;
}

/** The extension package for `browser`. */
export function extensionOf(packages: Packages, browser: Browser): ZipContents {
  return browser === 'chrome' ? packages.chrome : packages.firefox;
}
