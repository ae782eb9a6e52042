/** The weights and bars of the sentence-level claim score, in one place (the cache key reads them too). */

/** Weights and limits of the sentence score. */
export const CLAIM_SCORING = {
  threshold: 0.5,
  /** Word coverage a sentence needs before any other evidence counts. */
  minCoverage: 0.25,
  /** Coverage at which entity evidence counts in full (below, it is scaled down: names alone are not a claim). */
  fullEntityCoverage: 0.4,
  /** Distinct claim words a sentence must contain. */
  minTerms: 2,
  /** Claim words this many tokens apart or closer are one phrase (one function word may stand between)… */
  phraseGap: 2,
  /**
   * …and a sentence of an event the article does not recognise needs its claim words in this many places,
   * unless its one phrase has more words than a mention (a name, a two-word term) has.
   */
  minPlacesAlone: 2,
  mentionWords: 2,
  /** Weight of the share of the claim's entities named in the sentence… */
  entitySentence: 0.35,
  /** …or only nearby (its paragraph, the two before and the one after). */
  entityNear: 0.15,
  /** Factor when none of the claim's actors is near (see EntityEvidence.actorPresent), unless a distinctive figure matches… */
  noActorFactor: 0.45,
  /** …and a claim with this many actors or more is told by many: none of them need be named. */
  manyActors: 5,
  /** Bonus for a distinctive matching figure or date, and for a small matching number. */
  figure: 0.25,
  weakFigure: 0.1,
  /** Coverage is measured against at most this much of a claim's weight (long claims are rarely restated whole). */
  coverageCap: 0.6,
  /**
   * …and, on a page in another language written in Latin letters, against this share of it: the English
   * statement is the measure, and such a sentence can only meet the hints in its own language.
   */
  otherLanguageShare: 0.45,
  maxSentencesPerClaim: 3,
  /** On big packs, words found in more than this share of claims are not looked up (low IDF, long lists)… */
  maxTermShare: 0.05,
  /** …but never on packs small enough that this many postings is everything. */
  minSkippedPostings: 200,
  /** Factor when a claim has a distinctive figure and the sentence does not give it. */
  missingFigureFactor: 0.6,
  /** A page of fewer sentences is no article to judge from: its sentences get the usual bar. */
  minArticleSentences: 4,
  /** Inside an event the article is recognised as reporting: the bar, and the word coverage that is enough. */
  recognisedThreshold: 0.3,
  recognisedMinCoverage: 0.15,
  /** Article score from which an event counts as supported (not recognised): its sentences get the usual bar. */
  supportedScore: 2.0,
  /** Evidence (names and words, weighted) a recognised event's best sentence needs when no claim comes near it. */
  fallbackEvidence: 1,
  /** For an event the article does not support, the bar a sentence alone must reach. */
  unsupportedThreshold: 0.75,
};
