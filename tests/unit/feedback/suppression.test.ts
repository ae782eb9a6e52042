import { describe, expect, it } from 'vitest';

import { applySuppression, wrongMatchKey } from '@/lib/feedback/suppression';
import type { PageMatches } from '@/lib/match/types';

const text = 'Darya Dugina was killed. The LPR unit refused. Dugina’s father spoke.';
const matches: PageMatches = {
  entities: [
    { kind: 'entity', id: 'darya-dugina', start: 0, end: 12, why: { alias: 'Darya Dugina', lang: 'en' } },
    { kind: 'entity', id: 'lpr', start: 29, end: 32, why: { alias: 'LPR', lang: 'en' } },
    { kind: 'entity', id: 'darya-dugina', start: 47, end: 53, why: { alias: 'Dugina', lang: 'en' } },
  ],
  claims: [
    {
      kind: 'claim',
      id: 'lpr-refusal',
      eventId: 'lpr',
      start: 25,
      end: 46,
      score: 2,
      why: { terms: [], entityIds: [], figures: [], score: 2, threshold: 0.5 },
    },
  ],
};

describe('applySuppression', () => {
  it('removes every highlight of a muted entity and nothing else', () => {
    const out = applySuppression(matches, text, { mutedEntityIds: ['darya-dugina'], wrongMatchKeys: [] });
    expect(out.entities.map((h) => h.id)).toEqual(['lpr']);
    expect(out.claims).toHaveLength(1);
  });

  it('removes a wrong match for the same words only, whatever their case or spacing', () => {
    const key = wrongMatchKey('entity', 'darya-dugina', '  DUGINA ');
    const out = applySuppression(matches, text, { mutedEntityIds: [], wrongMatchKeys: [key] });
    expect(out.entities.map((h) => `${h.id}@${h.start}`)).toEqual(['darya-dugina@0', 'lpr@29']);
  });

  it('removes a wrong claim match for that sentence', () => {
    const key = wrongMatchKey('claim', 'lpr-refusal', text.slice(25, 46));
    expect(applySuppression(matches, text, { mutedEntityIds: [], wrongMatchKeys: [key] }).claims).toEqual([]);
  });
});
