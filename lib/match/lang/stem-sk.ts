/**
 * Slovak, stemmed as Czech (stem-cs.ts) with the endings Slovak has and Czech
 * lacks: -om (útokom, ruskom), -och (útokoch), -ej (ruskej, Ukrajinskej) and
 * the soft -ia, -ie, -iu (zariadenie, zariadenia). Folded like page text:
 * ä→a, ô→o, ľ→l, so the Czech rules read Slovak words as they read Czech ones.
 */
import { CZECH, lightSlavicStemmer } from './stem-cs';

/** Stem of a folded Slovak word. */
export const stemSlovak = lightSlavicStemmer({
  endings: [...CZECH.endings, 'ieho', 'iemu', 'och', 'om', 'ej', 'ia', 'ie', 'iu'],
  closed: [...CZECH.closed, 'och', 'om'],
});
