import { describe, expect, it } from 'vitest';

import type { Entity } from '../../../lib/dataset/types';
import { matchPage } from '../../../lib/match/index';
import { indexFor, pageOf, readRepoFile } from './helpers';

// The entity source, not the built pack: the aliases are checked as written, before a release rebuilds the pack.
const entities = JSON.parse(readRepoFile('assets/pack/src/entities.json')) as Entity[];
const index = indexFor('assets/pack/parallax.pack.json', { entities });

function found(text: string): { text: string; id: string }[] {
  return matchPage(index, pageOf(text), { claims: false }).entities.map((e) => ({
    text: text.slice(e.start, e.end),
    id: e.id,
  }));
}

describe('the pack’s aliases in the case forms the name keys do not fold', () => {
  it('finds Polish, Czech and Ukrainian locatives whose stem changes (k → c, dim → dom)', () => {
    expect(found('Walki w Bachmucie i Awdijiwce, a John Kirby w Białym Domu.')).toEqual([
      { text: 'Bachmucie', id: 'bakhmut' },
      { text: 'Awdijiwce', id: 'avdiivka' },
      { text: 'John Kirby', id: 'john-kirby' },
      { text: 'Białym Domu', id: 'white-house' },
    ]);
    expect(found('Boje v Avdijivce; mluvčí Johna Kirbyho v Bílém domě.').map((f) => f.id)).toEqual([
      'avdiivka',
      'john-kirby',
      'white-house',
    ]);
    expect(found('Бої в Авдіївці, заява у Білому домі.').map((f) => f.id)).toEqual(['avdiivka', 'white-house']);
  });

  it('finds Hungarian and Finnish case endings, Romanian genitives and German genitives', () => {
    expect(found('Harcok Bahmutnál, majd Bahmutban.').map((f) => f.text)).toEqual(['Bahmutnál', 'Bahmutban']);
    expect(found('Taistelut Bahmutissa; Peskovin mukaan Kremlistä ei kommentoida.').map((f) => f.id)).toEqual([
      'bakhmut',
      'dmitry-peskov',
      'kremlin',
    ]);
    expect(found('Asediul Mariupolului și bombardarea Harkovului.').map((f) => f.id)).toEqual(['mariupol', 'kharkiv']);
    expect(found('Die Belagerung Mariupols').map((f) => f.id)).toEqual(['mariupol']);
  });

  it('finds the forms the claims’ own statements write: Slavic locatives, the Kremlin, an oblast in Serbian', () => {
    expect(found('Funkcjonariusze w Krasnodarze odmówili.').map((f) => f.id)).toEqual(['krasnodar']);
    expect(found('Kremeľ verboval vojakov. Kremelj je novačil vojake.').map((f) => f.id)).toEqual([
      'kremlin',
      'kremlin',
    ]);
    expect(found('Vojnici su odbili da se bore u Luganjskoj oblasti.').map((f) => f.id)).toEqual(['luhansk-oblast']);
    expect(found('Muškarci iz Mariupolja zadržavani su.').map((f) => f.id)).toEqual(['mariupol']);
  });

  it('finds OVD-Info as Ukrainian writes it, with the Ukrainian word for the police (ОВС, not ОВД)', () => {
    expect(
      found('Як повідомляє правозахисний проєкт ОВС-Інфо, затримали понад тисячу людей.').map((f) => f.id),
    ).toEqual(['ovd-info']);
  });
});

describe('the pack’s aliases', () => {
  it('have three letters at least, unless written in capitals as an acronym', () => {
    const short = entities.flatMap((e) =>
      e.aliases
        .filter((a) => a.text.replace(/[^\p{L}]/gu, '').length < 3 && a.text !== a.text.toUpperCase())
        .map((a) => `${e.id}: ${a.text}`),
    );
    expect(short).toEqual([]);
  });
});
