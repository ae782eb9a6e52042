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

  describe('a brief: less prose than an article, read when the page reads as one', () => {
    // About 300 characters of prose, as two lines of text in divs (no <p>, no <article>, no declared type).
    const prose =
      '<div class="text"><div>Officials said on Monday that the bridge over the river will stay closed for repairs until the spring, after inspectors found cracks in two of its supports.</div>' +
      '<div>Buses will run every ten minutes between the two banks while the work goes on, the council said.</div></div>';
    const page = (head: string, top: string): string =>
      `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body><div class="page">${top}${prose}</div></body></html>`;

    it('with an h1 a sentence long, though nothing declares an article', () => {
      const document = loadIntoDocument(page('<title>News</title>', '<h1>Bridge stays closed until the spring</h1>'));
      expect(isLikelyArticle(document)).toBe(true);
      expect(findArticleRegion(document)?.headline?.textContent).toBe('Bridge stays closed until the spring');
    });

    it('not with an h1 of a word or two on a page that declares nothing', () => {
      const document = loadIntoDocument(page('<title>Travel</title>', '<h1>Travel updates</h1>'));
      expect(isLikelyArticle(document)).toBe(false);
      expect(findArticleRegion(document)).toBeNull();
    });

    it('with no h1 but an element carrying the page title, which is then its headline', () => {
      const document = loadIntoDocument(
        page(
          '<title>Bridge stays closed until the spring | The Town Paper</title>',
          '<div class="story-headline">Bridge stays closed until the spring</div>',
        ),
      );
      expect(isLikelyArticle(document)).toBe(true);
      const region = findArticleRegion(document);
      expect(region?.headline?.className).toBe('story-headline');
    });

    it('not with no h1 and nothing carrying the page title', () => {
      const document = loadIntoDocument(page('<title>The Town Paper</title>', '<div class="banner">Welcome</div>'));
      expect(isLikelyArticle(document)).toBe(false);
    });
  });

  it('does not take a block that holds the title among the whole story for the headline', () => {
    const paragraph =
      '<p>The council met on Tuesday and agreed the budget for the coming year, with more money for roads and schools.</p>';
    const document = loadIntoDocument(
      `<!DOCTYPE html><html><head><title>Council agrees the budget</title></head><body>` +
        `<div class="entry-title-and-content"><span>Council agrees the budget</span><div id="body">${paragraph.repeat(6)}</div></div></body></html>`,
    );
    const region = findArticleRegion(document);
    expect(region?.headline?.className).not.toBe('entry-title-and-content');
  });
});
