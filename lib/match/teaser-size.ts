/**
 * How long a teaser of another story can be: a block longer than this is prose, whatever its first words and
 * however much of it is link text. Its own file, so that the quick look every page runs can read it without the
 * openers of `teasers.ts`.
 */
export const TEASER_MAX_CHARS = 300;
