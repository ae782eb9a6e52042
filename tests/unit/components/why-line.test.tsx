import { describe, expect, it } from 'vitest';

import { WhyLine } from '@/components/popover/WhyLine';
import type { ClaimWhy } from '@/lib/match/types';

import { mount } from '../render';

const sentence: ClaimWhy = {
  terms: ['взрыв', 'автомобиля'],
  entityIds: ['darya-dugina'],
  figures: [],
  score: 0.59,
  threshold: 0.3,
};

describe('why a claim was highlighted', () => {
  it('says what the sentence matched, and what in the whole article pointed to the event', async () => {
    const why: ClaimWhy = {
      ...sentence,
      article: {
        score: 4.6,
        kinds: 3,
        entityIds: ['darya-dugina', 'alexander-dugin'],
        terms: ['взрыв', 'Большие Вязёмы'],
        figures: [],
        dates: [],
        headline: true,
        published: '2022-08-21',
        parts: { entity: 4.6, term: 7.5, claim: 0.59, specific: 1 },
      },
    };
    const view = await mount(
      <WhyLine
        claim={why}
        entities={[{ id: 'darya-dugina', kind: 'person', name: 'Darya Dugina', aliases: [], description: '' }]}
      />,
    );
    const text = view.root.textContent ?? '';
    expect(text).toContain('score 0.6 (needs 0.3)');
    expect(text).toContain(
      'Across the article: names Darya Dugina, alexander-dugin; words “взрыв”, “Большие Вязёмы”; in the headline; published 21 Aug 2022 (3 kinds of evidence agree).',
    );
    view.unmount();
  });

  it('says nothing of the article when the sentence matched on its own', async () => {
    const view = await mount(<WhyLine claim={sentence} />);
    expect(view.root.querySelector('.why-article')).toBeNull();
    view.unmount();
  });
});
