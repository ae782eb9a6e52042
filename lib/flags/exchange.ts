/**
 * The file format for exporting and importing flags: a W3C Web Annotation
 * collection (https://www.w3.org/TR/annotation-model/) whose items also
 * describe the flagged passage as a schema.org `Claim`
 * (https://schema.org/Claim), plus Parallax's own fields under the
 * `parallax:` prefix so that an export imports back exactly. Other annotation
 * tools read the selectors; fact-checking tools read the `Claim`.
 *
 * ```json
 * {
 *   "@context": ["http://www.w3.org/ns/anno.jsonld", { "schema": "https://schema.org/", "parallax": "urn:parallax:" }],
 *   "type": "AnnotationCollection",
 *   "label": "Parallax flags",
 *   "generator": "Parallax",
 *   "generated": "2024-05-01T10:00:00.000Z",
 *   "parallax:version": "0.1.0",
 *   "total": 1,
 *   "items": [{
 *     "type": "Annotation",
 *     "id": "urn:parallax:flag:flag-lx2k9a0b1c2d3e",
 *     "created": "2024-04-30T08:12:00.000Z",
 *     "modified": "2024-04-30T08:15:30.000Z",
 *     "motivation": "assessing",
 *     "body": [
 *       { "type": "TextualBody", "purpose": "tagging", "value": "disputed" },
 *       { "type": "TextualBody", "purpose": "commenting", "format": "text/plain", "value": "Only one source." }
 *     ],
 *     "target": {
 *       "source": "https://news.example/ukraine-45000-killed",
 *       "selector": [
 *         { "type": "TextQuoteSelector", "exact": "about 45,000 Russian soldiers", "prefix": "estimates ", "suffix": " have been killed" },
 *         { "type": "TextPositionSelector", "start": 1204, "end": 1233 }
 *       ]
 *     },
 *     "schema:about": {
 *       "type": "schema:Claim",
 *       "schema:text": "about 45,000 Russian soldiers",
 *       "schema:appearance": { "type": "schema:NewsArticle", "schema:url": "https://news.example/ukraine-45000-killed",
 *         "schema:headline": "Ukraine says 45,000 killed", "schema:publisher": { "type": "schema:Organization", "schema:name": "Kyiv Post" } },
 *       "schema:datePublished": "2022-08-22",
 *       "schema:author": { "type": "schema:Organization", "schema:name": "Kyiv Post" }
 *     },
 *     "parallax:flag": { "id": "flag-lx2k9a0b1c2d3e", "label": "disputed", "pageUrl": "https://news.example/ukraine-45000-killed?utm=x",
 *       "outletId": "kyiv-post", "claimId": "ukraine-army-45000-killed", "eventId": "russian-casualties-aug-2022" }
 *   }]
 * }
 * ```
 *
 * `motivation` is `highlighting` for a flag marked "important" with no note,
 * and `assessing` otherwise (the reader judged the passage).
 *
 * Export and import share one flag schema (`schema.ts`): every flag the
 * background saves is written so that the import reads it back as it was, and
 * every flag the import reads can be saved again.
 */
import { ANNOTATION_ID_PREFIX } from './exchange-checks';
import type { Flag, FlagLabel, TextPositionSelector, TextQuoteSelector } from './types';

export { parseFlagExport } from './exchange-parse';
export { mergeFlags, type MergeResult } from './merge';

/** The JSON-LD context of an export. */
export const EXPORT_CONTEXT = [
  'http://www.w3.org/ns/anno.jsonld',
  { schema: 'https://schema.org/', parallax: 'urn:parallax:' },
] as const;

/** A W3C TextualBody carrying the label (tagging) or the note (commenting). */
export interface TextualBody {
  type: 'TextualBody';
  purpose: 'tagging' | 'commenting';
  value: string;
  format?: 'text/plain';
}

/** A schema.org organisation, named. */
export interface SchemaOrganization {
  type: 'schema:Organization';
  'schema:name': string;
}

/** The flagged passage as a schema.org Claim. */
export interface SchemaClaim {
  type: 'schema:Claim';
  'schema:text': string;
  'schema:appearance': {
    type: 'schema:NewsArticle';
    'schema:url': string;
    'schema:headline': string;
    'schema:publisher'?: SchemaOrganization;
  };
  'schema:datePublished'?: string;
  'schema:author'?: SchemaOrganization;
}

/** Parallax's own fields, needed for an exact round trip. */
export interface ParallaxFields {
  id: string;
  label: FlagLabel;
  pageUrl: string;
  outletId: string | null;
  claimId: string | null;
  eventId: string | null;
}

/** One exported flag. */
export interface ExportedAnnotation {
  type: 'Annotation';
  id: string;
  created: string;
  modified: string;
  motivation: 'highlighting' | 'assessing';
  body: TextualBody[];
  target: { source: string; selector: [TextQuoteSelector, TextPositionSelector] };
  'schema:about': SchemaClaim;
  'parallax:flag': ParallaxFields;
}

/** A whole export file. */
export interface ExportDocument {
  '@context': typeof EXPORT_CONTEXT;
  type: 'AnnotationCollection';
  label: string;
  generator: 'Parallax';
  generated: string;
  'parallax:version': string;
  total: number;
  items: ExportedAnnotation[];
}

function organization(name: string | null): SchemaOrganization | undefined {
  return name ? { type: 'schema:Organization', 'schema:name': name } : undefined;
}

function toClaim(flag: Flag): SchemaClaim {
  const publisher = organization(flag.outletName);
  return {
    type: 'schema:Claim',
    'schema:text': flag.quote,
    'schema:appearance': {
      type: 'schema:NewsArticle',
      'schema:url': flag.url,
      'schema:headline': flag.title,
      ...(publisher ? { 'schema:publisher': publisher } : {}),
    },
    ...(flag.publishedAt ? { 'schema:datePublished': flag.publishedAt } : {}),
    ...(publisher ? { 'schema:author': publisher } : {}),
  };
}

/** One flag as a Web Annotation with its schema.org Claim. */
export function toAnnotation(flag: Flag): ExportedAnnotation {
  const body: TextualBody[] = [{ type: 'TextualBody', purpose: 'tagging', value: flag.label }];
  if (flag.note) body.push({ type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: flag.note });
  return {
    type: 'Annotation',
    id: `${ANNOTATION_ID_PREFIX}${flag.id}`,
    created: new Date(flag.createdAt).toISOString(),
    modified: new Date(flag.updatedAt).toISOString(),
    motivation: flag.label === 'important' && !flag.note ? 'highlighting' : 'assessing',
    body,
    target: { source: flag.url, selector: [{ ...flag.selectors.quote }, { ...flag.selectors.position }] },
    'schema:about': toClaim(flag),
    'parallax:flag': {
      id: flag.id,
      label: flag.label,
      pageUrl: flag.pageUrl,
      outletId: flag.outletId,
      claimId: flag.claimId,
      eventId: flag.eventId,
    },
  };
}

/** The export document for `flags`; `meta.exportedAt` is an ISO time, `meta.version` the extension's version. */
export function exportFlags(flags: readonly Flag[], meta: { exportedAt: string; version: string }): ExportDocument {
  return {
    '@context': EXPORT_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Parallax flags',
    generator: 'Parallax',
    generated: meta.exportedAt,
    'parallax:version': meta.version,
    total: flags.length,
    items: flags.map(toAnnotation),
  };
}
