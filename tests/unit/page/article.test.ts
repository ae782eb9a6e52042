import { describe, expect, it } from 'vitest';

import { findArticleRegion } from '@/lib/page/article';
import { isLikelyArticle } from '@/lib/page/likely-article';
import { readPageText } from '@/lib/page/text-map';
import type { ArticleRegion } from '@/lib/page/types';

import { loadIntoDocument } from './fixtures';

describe('findArticleRegion on news-like fixture pages', () => {
  it('news-article.html: the schema.org articleBody, with the h1 from the article header', () => {
    const document = loadIntoDocument('news-article.html');
    const region = findArticleRegion(document);
    expect(region?.root).toBe(document.getElementById('body'));
    expect(region?.headline).toBe(document.getElementById('headline'));
    expect(region?.source).toBe('semantic');
  });

  it('div-soup-article.html: no semantic markup, found by paragraph density; headline matched by twitter:title', () => {
    const document = loadIntoDocument('div-soup-article.html');
    const region = findArticleRegion(document);
    expect(region?.root).toBe(document.getElementById('story'));
    expect(region?.source).toBe('scored');
    expect(region?.headline?.textContent).toBe('Video shows unit refusing orders');
    const text = readPageText(region as ArticleRegion).page.text;
    expect(text).toContain("Luhansk People's Republic");
    expect(text).toContain('taken out of context');
    expect(text).not.toMatch(/Subscribe now|Read more|Popular|All rights reserved/);
  });

  it('live-blog.html: the article element holding the entries', () => {
    const document = loadIntoDocument('live-blog.html');
    const region = findArticleRegion(document);
    expect(region?.root.tagName).toBe('ARTICLE');
    expect(region?.root.contains(document.getElementById('live'))).toBe(true);
    expect(readPageText(region as ArticleRegion).page.text).not.toContain('Share this post');
  });

  it('listing.html: a page of teasers is not an article', () => {
    const document = loadIntoDocument('listing.html');
    expect(isLikelyArticle(document)).toBe(true); // enough paragraph text to pass the quick check…
    expect(findArticleRegion(document)).toBeNull(); // …but six separate teaser articles make it a listing.
  });

  it('short-page.html: too little text fails the quick check', () => {
    const document = loadIntoDocument('short-page.html');
    expect(isLikelyArticle(document)).toBe(false);
    expect(findArticleRegion(document)).toBeNull();
  });

  it('prefers the article over a longer comment thread beside it', () => {
    const comment =
      '<div class="comment"><p>I have been following this story for a long time, and I think, honestly, that nobody will ever know the whole truth.</p></div>';
    const document = loadIntoDocument(`<!DOCTYPE html><html><body><main>
      <article id="a"><h1>Short story headline here</h1><p>The first paragraph of the story says what happened, where, and when, in a few clear words, as a first paragraph should.</p>
      <p>The second paragraph adds who said so, and how certain they were, with a figure or two for good measure, and a date.</p>
      <p>The third paragraph gives the other side, which denied everything, and said so in a statement on Sunday afternoon.</p>
      <p>The fourth paragraph gives some background: the events of the spring, the talks that failed, and the months since then.</p>
      <p>The fifth paragraph looks ahead: what officials expect next week, and what the other outlets have reported so far.</p></article>
      <section id="comments">${comment.repeat(12)}</section></main></body></html>`);
    expect(findArticleRegion(document)?.root).toBe(document.getElementById('a'));
  });

  it('reads a page with <p> directly under <body>', () => {
    const paragraph =
      '<p>Plain pages still exist: a paragraph, another sentence, and a third clause, all directly in the body element.</p>';
    const document = loadIntoDocument(
      `<!DOCTYPE html><html><body><h1>Plain page</h1>${paragraph.repeat(6)}</body></html>`,
    );
    const region = findArticleRegion(document);
    expect(region?.root).toBe(document.body);
    expect(region?.headline?.textContent).toBe('Plain page');
  });
});
