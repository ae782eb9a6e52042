import { describe, expect, it } from 'vitest';

import { exportFlags, parseFlagExport, type ExportDocument } from '@/lib/flags/exchange';
import type { Flag } from '@/lib/flags/types';

import { bareFlag, casualtyFlag } from './sample-flags';

const META = { exportedAt: '2024-05-01T10:00:00.000Z', version: '0.1.0' };

/** The export as it travels: through a JSON file. */
function viaFile(flags: Flag[]): ExportDocument {
  return JSON.parse(JSON.stringify(exportFlags(flags, META))) as ExportDocument;
}

function errorsOf(input: unknown): { path: string; message: string }[] {
  const result = parseFlagExport(input);
  if (result.ok) throw new Error(`expected errors, got ${result.value.length} flags`);
  return result.error;
}

describe('exporting flags', () => {
  it('writes a Web Annotation collection with selectors, a schema.org Claim and Parallax fields', () => {
    const document = viaFile([casualtyFlag()]);
    expect(document['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(document).toMatchObject({
      type: 'AnnotationCollection',
      generator: 'Parallax',
      generated: META.exportedAt,
      total: 1,
      'parallax:version': '0.1.0',
    });
    const item = document.items[0];
    expect(item).toMatchObject({
      type: 'Annotation',
      id: 'urn:parallax:flag:flag-lx2k9a0b1c2d3e',
      created: '2024-04-30T08:12:00.123Z',
      modified: '2024-04-30T08:15:30.456Z',
      motivation: 'assessing',
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: 'disputed' },
        {
          type: 'TextualBody',
          purpose: 'commenting',
          value: 'Only one source; US figures count killed and injured.\nCheck again.',
        },
      ],
      target: {
        source: 'https://kyivpost.example/ukraine-45000-killed',
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: 'about 45,000 Russian soldiers',
            prefix: 'Ukraine’s army estimates ',
            suffix: ' have been killed since February',
          },
          { type: 'TextPositionSelector', start: 1204, end: 1233 },
        ],
      },
      'schema:about': {
        type: 'schema:Claim',
        'schema:text': 'about 45,000 Russian soldiers',
        'schema:appearance': {
          'schema:url': 'https://kyivpost.example/ukraine-45000-killed',
          'schema:headline': 'Ukraine says 45,000 Russian soldiers killed',
          'schema:publisher': { 'schema:name': 'Kyiv Post' },
        },
        'schema:datePublished': '2022-08-22T09:30:00+03:00',
        'schema:author': { type: 'schema:Organization', 'schema:name': 'Kyiv Post' },
      },
      'parallax:flag': {
        label: 'disputed',
        outletId: 'kyiv-post',
        claimId: 'ukraine-army-45000-killed',
        eventId: 'russian-casualties-aug-2022',
      },
    });
  });

  it('marks an "important" flag without a note as highlighting, and leaves out what is unknown', () => {
    const item = viaFile([bareFlag()]).items[0];
    expect(item?.motivation).toBe('highlighting');
    expect(item?.body).toEqual([{ type: 'TextualBody', purpose: 'tagging', value: 'important' }]);
    expect(item?.['schema:about']).not.toHaveProperty('schema:author');
    expect(item?.['schema:about']).not.toHaveProperty('schema:datePublished');
  });
});

describe('importing flags', () => {
  it('reads its own export back exactly', () => {
    const flags = [
      casualtyFlag(),
      bareFlag(),
      casualtyFlag({
        id: 'flag-second',
        label: 'misleading',
        note: '',
        quote: 'x',
        selectors: { ...casualtyFlag().selectors, quote: { ...casualtyFlag().selectors.quote, exact: 'x' } },
      }),
    ];
    expect(parseFlagExport(viaFile(flags))).toEqual({ ok: true, value: flags });
    expect(parseFlagExport(JSON.stringify(exportFlags(flags, META)))).toEqual({ ok: true, value: flags });
  });

  it('accepts annotations from other tools, filling in what they do not carry', () => {
    const now = Date.UTC(2024, 5, 1);
    const result = parseFlagExport(
      {
        type: 'AnnotationCollection',
        first: {
          type: 'AnnotationPage',
          items: [
            {
              type: 'Annotation',
              id: 'https://annotations.example/a/123',
              created: '2024-02-03T04:05:06Z',
              body: { type: 'TextualBody', value: 'Doubtful.' },
              target: {
                source: 'https://news.example/story',
                selector: { type: 'TextQuoteSelector', exact: 'the unit refused' },
              },
            },
          ],
        },
      },
      { now },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const [flag] = result.value;
    expect(flag).toMatchObject({
      url: 'https://news.example/story',
      pageUrl: 'https://news.example/story',
      quote: 'the unit refused',
      note: 'Doubtful.',
      label: 'unverified',
      title: '',
      outletId: null,
      outletName: null,
      claimId: null,
      createdAt: Date.UTC(2024, 1, 3, 4, 5, 6),
      updatedAt: Date.UTC(2024, 1, 3, 4, 5, 6),
      selectors: { quote: { exact: 'the unit refused', prefix: '', suffix: '' }, position: { start: 0, end: 16 } },
    });
    expect(flag?.id).toMatch(/^flag-[0-9a-z]+$/);
  });

  it('rejects text that is not JSON, and JSON that is not an export', () => {
    expect(errorsOf('{"items": [')[0]?.message).toMatch(/^the file is not valid JSON/);
    expect(errorsOf(42)).toEqual([{ path: '', message: 'expected an export of flags (a JSON object), got number' }]);
    expect(errorsOf({ type: 'Pack', outlets: [] })).toEqual([
      { path: 'type', message: 'expected \'AnnotationCollection\', got "Pack"' },
    ]);
    expect(errorsOf({ type: 'AnnotationCollection' })).toEqual([
      { path: 'items', message: 'expected a list of annotations, got undefined' },
    ]);
  });

  it('rejects a file with more than 10,000 flags without reading them', () => {
    const document = viaFile([bareFlag()]);
    document.items = Array.from({ length: 10_001 }, () => document.items[0] as ExportDocument['items'][number]);
    expect(errorsOf(document)).toEqual([
      { path: 'items', message: 'has 10,001 flags; at most 10,000 can be imported at once' },
    ]);
  });

  it('names each broken field with its path, and imports nothing from a file with one bad flag', () => {
    const document = viaFile([casualtyFlag(), bareFlag()]);
    const bad = document.items[1] as unknown as Record<string, Record<string, unknown>>;
    (bad.target as Record<string, unknown>).source = 'javascript:alert(1)';
    bad['parallax:flag'] = { ...bad['parallax:flag'], label: 'fake', claimId: 'Not A Slug' };
    (bad as Record<string, unknown>).created = 'yesterday';
    const errors = errorsOf(document);
    expect(errors).toEqual([
      { path: 'items[1].target.source', message: 'only http and https addresses can be imported, not javascript' },
      {
        path: "items[1]['parallax:flag'].claimId",
        message: "expected a dataset id (lowercase letters, digits and hyphens) or null, got 'Not A Slug'",
      },
      {
        path: "items[1]['parallax:flag'].label",
        message: "must be one of unverified, disputed, misleading, important; got 'fake'",
      },
      {
        path: 'items[1].created',
        message: "expected an ISO 8601 time such as 2024-05-01T10:00:00.000Z, got 'yesterday'",
      },
    ]);
  });

  it('enforces the size limits on quotes and notes', () => {
    const document = viaFile([casualtyFlag()]);
    const item = document.items[0] as ExportDocument['items'][number];
    item.target.selector[0].exact = 'x'.repeat(2001);
    item.body[1] = { type: 'TextualBody', purpose: 'commenting', value: 'n'.repeat(5001) };
    expect(errorsOf(document)).toEqual([
      { path: 'items[0].target.selector[0].exact', message: 'is 2,001 characters long; at most 2,000 allowed' },
      { path: 'items[0].body', message: 'the note is 5,001 characters long; at most 5,000 allowed' },
    ]);
  });

  it('requires a quote selector, sane offsets and plausible times', () => {
    const document = viaFile([casualtyFlag(), casualtyFlag(), casualtyFlag()]);
    const [first, second, third] = document.items as ExportDocument['items'];
    (first as unknown as { target: { selector: unknown[] } }).target.selector = [{ type: 'CssSelector', value: 'p' }];
    (second as unknown as { target: { selector: unknown[] } }).target.selector[1] = {
      type: 'TextPositionSelector',
      start: 10,
      end: 4,
    };
    (third as unknown as { modified: string }).modified = '1970-01-01T00:00:00Z';
    expect(errorsOf(document)).toEqual([
      { path: 'items[0].target.selector', message: 'needs a TextQuoteSelector holding the flagged text' },
      { path: 'items[1].target.selector[1].end', message: 'ends (4) before it starts (10)' },
      { path: 'items[2].modified', message: "'1970-01-01T00:00:00Z' is not a plausible time" },
    ]);
  });

  it('lists at most 50 problems of a hopeless file, then says there are more', () => {
    const errors = errorsOf({ type: 'AnnotationCollection', items: Array.from({ length: 300 }, () => 'junk') });
    expect(errors).toHaveLength(51);
    expect(errors[0]).toEqual({ path: 'items[0]', message: 'expected an annotation object, got string' });
    expect(errors[50]?.message).toBe('and more problems; only the first 50 are listed');
  });
});
