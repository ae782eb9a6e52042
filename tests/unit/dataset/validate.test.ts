import { describe, expect, it } from 'vitest';

import type { Pack } from '@/lib/dataset/types';
import { formatIssue, validatePack } from '@/lib/dataset/validate';

import { asSchema, realPack } from './real-pack';

/** Applies a change to a copy of the real pack and returns the issues as `path: message` lines. */
function issuesAfter(change: (pack: Pack) => void): string[] {
  const pack = realPack();
  change(pack);
  const result = validatePack(pack);
  return result.ok ? [] : result.error.map(formatIssue);
}

function first<T>(list: T[]): T {
  const item = list[0];
  if (item === undefined) throw new Error('empty list in the pack');
  return item;
}

describe('validatePack', () => {
  it('accepts the bundled pack', () => {
    const result = validatePack(realPack());
    expect(result.ok ? [] : result.error.map(formatIssue)).toEqual([]);
  });

  it('rejects things that are not packs', () => {
    expect(validatePack(null)).toEqual({
      ok: false,
      error: [{ path: 'pack', message: 'expected a pack object, got null' }],
    });
    expect(validatePack([])).toMatchObject({ ok: false, error: [{ message: 'expected a pack object, got array' }] });
  });

  it('rejects another schema version and says which ones it reads', () => {
    expect(issuesAfter((p) => Object.assign(p, { schema: 7 }))).toEqual([
      'pack.schema: unsupported schema 7; this version of Parallax reads schemas 1, 2, 3 and 4',
    ]);
  });

  it('still reads a schema-1 pack (no event terms), and refuses event terms in one', () => {
    expect(validatePack(asSchema(realPack(), 1)).ok).toBe(true);
    expect(issuesAfter((p) => Object.assign(asSchema(p, 2), { schema: 1 }))).toEqual([
      'pack.schema: event terms need schema 2',
    ]);
  });

  it('still reads a schema-2 pack (no former ids, no reasons), and refuses them in one', () => {
    expect(validatePack(asSchema(realPack(), 2)).ok).toBe(true);
    expect(
      issuesAfter((p) => {
        asSchema(p, 2);
        first(p.claims).formerIds = ['a-merged-claim'];
        first(p.claims).fewerOutletsReason = 'Only one outlet covered it.';
        first(p.events).formerIds = ['a-merged-event'];
      }),
    ).toEqual([
      'pack.schema: former ids of events need schema 3',
      'pack.schema: former ids of claims need schema 3',
      'pack.schema: fewer-outlets reasons need schema 3',
    ]);
  });

  it('still reads a schema-3 pack (no statements in other languages), and refuses them in one', () => {
    expect(validatePack(asSchema(realPack(), 3)).ok).toBe(true);
    expect(
      issuesAfter((p) => {
        asSchema(p, 3);
        first(p.claims).statements = { de: 'Eine Aussage.' };
      }),
    ).toEqual(['pack.schema: statements in other languages need schema 4']);
  });

  it('takes statements only in the languages the matcher reads besides English, each a bounded string', () => {
    expect(
      issuesAfter((p) => {
        first(p.claims).statements = { de: 'Eine Aussage.', en: 'A statement.', xx: 'Ein Satz.', pl: 'x'.repeat(401) };
      }),
    ).toEqual([
      "claims[0].statements.en: 'en' is not a language the matcher reads besides English",
      "claims[0].statements.xx: 'xx' is not a language the matcher reads besides English",
      'claims[0].statements.pl: is 401 characters long; at most 400 allowed',
    ]);
  });

  it('checks former ids are slugs', () => {
    expect(issuesAfter((p) => (first(p.events).formerIds = ['Not A Slug']))).toEqual([
      expect.stringMatching(/^events\[0\]\.formerIds\[0\]: 'Not A Slug' is not a slug/),
    ]);
  });

  it('gives every former id one record that absorbed it, and none that still carries it', () => {
    const [a, , c] = realPack().claims.map((claim) => claim.id);
    expect(
      issuesAfter((p) => {
        const [x, y] = [p.claims[0], p.claims[1]];
        if (!x || !y || c === undefined) throw new Error('too few claims');
        x.formerIds = ['gone-claim'];
        y.formerIds = ['gone-claim', c];
      }),
    ).toEqual([
      `claims[1].formerIds[0]: 'gone-claim' is already a former id of '${a}'`,
      `claims[1].formerIds[1]: '${c}' is still the id of one of the claims`,
    ]);
  });

  it('checks event terms: three words at most, a language each', () => {
    expect(
      issuesAfter((p) => {
        const event = p.events[0];
        if (event)
          event.terms = [
            { text: 'one two three four', lang: 'en' },
            { text: 'ok', lang: '' },
          ];
      }),
    ).toEqual([
      "events[0].terms[0].text: 'one two three four' has 4 words; at most 3 allowed",
      expect.stringMatching(/^events\[0\]\.terms\[1\]\.lang/),
    ]);
  });

  it('rejects a version that is not semver and a date that is not a real day', () => {
    expect(issuesAfter((p) => Object.assign(p, { version: 'v1', date: '2026-02-30' }))).toEqual([
      "pack.version: 'v1' is not a semantic version such as 1.0.0",
      "pack.date: '2026-02-30' is not an ISO date (YYYY-MM-DD)",
    ]);
  });

  it('names the broken reference: claim to event', () => {
    expect(issuesAfter((p) => (p.claims[3] = { ...first(p.claims.slice(3)), eventId: 'foo' }))).toContain(
      "claims[3].eventId: no event with id 'foo'",
    );
  });

  it('names broken references from reports, events and hints', () => {
    const issues = issuesAfter((p) => {
      const r = first(p.reports);
      Object.assign(r, { outletId: 'nowhere-news', id: `nowhere-news--${r.claimId}` });
      first(p.events).entityIds.push('nobody');
      first(p.claims).hints.entityIds.push('ghost');
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^reports\[0\]\.outletId: no outlet with id 'nowhere-news'$/),
        expect.stringMatching(/^events\[0\]\.entityIds\[\d+\]: no entity with id 'nobody'$/),
        expect.stringMatching(/^claims\[0\]\.hints\.entityIds\[\d+\]: no entity with id 'ghost'$/),
      ]),
    );
  });

  it("rejects a report whose event is not its claim's event", () => {
    const issues = issuesAfter((p) => {
      const r = first(p.reports);
      r.eventId = p.events.find((e) => e.id !== r.eventId)?.id ?? 'x';
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^reports\[0\]\.eventId: '.+' differs from the event of claim '.+'/);
  });

  it('rejects duplicate ids, bad slugs and report ids that do not follow outlet--claim', () => {
    const issues = issuesAfter((p) => {
      p.entities.push({ ...first(p.entities) });
      first(p.outlets).id = 'Huff Post';
      first(p.reports).id = 'some-report';
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        `entities[${realPack().entities.length}].id: duplicate entity id '${first(realPack().entities).id}'`,
        "outlets[0].id: 'Huff Post' is not a slug (lowercase letters, digits and hyphens, at most 160 characters)",
        expect.stringMatching(/^reports\[0\]\.id: 'some-report' should be '.+--.+'/),
      ]),
    );
  });

  it('rejects an unknown certainty and entity kind', () => {
    const issues = issuesAfter((p) => {
      Object.assign(first(p.reports), { certainty: 'sure' });
      Object.assign(first(p.entities), { kind: 'animal' });
    });
    expect(issues).toEqual([
      'entities[0].kind: "animal" is not one of person, organisation, unit, place',
      'reports[0].certainty: "sure" is not one of asserted, attributed, hedged, disputed, denied',
    ]);
  });

  it('rejects key terms longer than three words', () => {
    expect(issuesAfter((p) => (first(p.reports).keyTerms = ['took the Russians by surprise']))).toEqual([
      "reports[0].keyTerms[0]: 'took the Russians by surprise' has 5 words; at most 3 allowed",
    ]);
  });

  it('rejects empty alias lists, empty alias text and duplicate aliases', () => {
    const issues = issuesAfter((p) => {
      first(p.entities).aliases = [];
      const second = first(p.entities.slice(1));
      second.aliases.push({ ...first(second.aliases) }, { text: ' ', lang: 'en' });
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        'entities[0].aliases: must list at least one alias',
        expect.stringMatching(/^entities\[1\]\.aliases\[\d+\]\.text: duplicate alias '.+'$/),
        expect.stringMatching(/^entities\[1\]\.aliases\[\d+\]\.text: must not be empty$/),
      ]),
    );
  });

  it('checks field types, dates, URLs and unknown fields', () => {
    const issues = issuesAfter((p) => {
      Object.assign(first(p.events), { title: 42, date: { start: '2022-08-20', end: '2022-08-01' } });
      Object.assign(first(p.reports), {
        url: 'javascript:alert(1)',
        date: '20 Aug 2022',
        figures: [{ value: 'many', unit: 'people', what: 'x', source: 'y', measure: 'Killed Troops' }],
      });
      Object.assign(first(p.claims), { statment: 'typo' });
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        'events[0].title: expected a string, got number',
        "events[0].date.end: '2022-08-01' is before the start '2022-08-20'",
        "reports[0].url: 'javascript:alert(1)' is not an http(s) URL",
        "reports[0].date: '20 Aug 2022' is not an ISO date (YYYY-MM-DD or YYYY-MM)",
        'reports[0].figures[0].value: expected a finite number, got "many"',
        "reports[0].figures[0].measure: 'Killed Troops' is not a slug (lowercase letters, digits and hyphens, at most 160 characters)",
        "claims[0].statment: unknown field 'statment'",
      ]),
    );
  });

  it('rejects outlet hostnames with www. and non-ISO countries', () => {
    const issues = issuesAfter((p) => Object.assign(first(p.outlets), { domains: ['www.example.com'], country: 'UK' }));
    expect(issues).toEqual([
      'outlets[0].domains[0]: "www.example.com" is not a lowercase hostname without \'www.\'',
      "outlets[0].country: 'UK' is not an ISO 3166-1 alpha-2 code",
    ]);
  });

  it('stops at 200 issues for a hopeless pack', () => {
    const result = validatePack({
      schema: 1,
      version: '1.0.0',
      date: '2026-11-21',
      outlets: [],
      entities: Array.from({ length: 1000 }, () => ({})),
      events: [],
      claims: [],
      reports: [],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toHaveLength(200);
  });
});
