import { describe, expect, it } from 'vitest';

import { normalizeKey } from '@/lib/db/keys';
import { matchedWords } from '@/lib/feedback/suppression';
import { normalise } from '@/lib/flags/normalise';
import { DOUBLE_QUOTES, foldQuotes, SINGLE_QUOTES } from '@/lib/text/quotes';

describe('quote folding', () => {
  it('turns every apostrophe and quote into its ASCII form and keeps the length', () => {
    const text = 'Дар’я said „Kyiv“, «Київ» and ‘no’; Darʼya´s';
    const folded = foldQuotes(text);
    expect(folded).toBe("Дар'я said \"Kyiv\", \"Київ\" and 'no'; Dar'ya's");
    expect(folded).toHaveLength(text.length);
    expect(foldQuotes('plain "ASCII" isn\'t changed')).toBe('plain "ASCII" isn\'t changed');
  });

  it('is the folding search keys, wrong-match keys and flag anchoring share', () => {
    // Compatibility normalisation (NFKC) runs first for keys: characters it rewrites (´, ″) never reach the folding there.
    const kept = (chars: string): string[] => [...chars].filter((c) => c.normalize('NFKC') === c);
    for (const quote of kept(SINGLE_QUOTES)) {
      expect(normalizeKey(`дар${quote}я`), quote).toBe("дар'я");
      expect(matchedWords(`Dugina${quote}s`), quote).toBe("dugina's");
      expect(normalise(`Dugina${quote}s`), quote).toBe("Dugina's");
    }
    for (const quote of kept(DOUBLE_QUOTES)) {
      expect(normalizeKey(`${quote}Kyiv${quote}`), quote).toBe('kyiv');
      expect(matchedWords(`${quote}Kyiv${quote}`), quote).toBe('"kyiv"');
      expect(normalise(`${quote}Kyiv${quote}`), quote).toBe('"Kyiv"');
    }
  });
});
