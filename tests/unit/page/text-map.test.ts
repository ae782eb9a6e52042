import { describe, expect, it } from 'vitest';

import { findArticleRegion } from '@/lib/page/article';
import { readPageText } from '@/lib/page/text-map';
import { BLOCK_SEPARATOR } from '@/lib/page/text-walk';
import type { ArticleRegion } from '@/lib/page/types';

import { loadIntoDocument } from './fixtures';

function regionOf(html: string): ArticleRegion {
  const document = loadIntoDocument(
    `<!DOCTYPE html><html lang="uk"><head><title>t</title></head><body>${html}</body></html>`,
  );
  return {
    root: document.getElementById('root') as Element,
    headline: document.getElementById('headline'),
    source: 'semantic',
  };
}

describe('readPageText', () => {
  it('keeps text node data verbatim and maps every span back to the same DOM text', () => {
    const region = regionOf(
      '<div id="root"><p>Darya  Dugina, <em>the daughter</em> of <a href="#">Alexander Dugin</a>, was killed.</p><p>Ukraine   denied involvement.</p></div>',
    );
    const { page, map } = readPageText(region);
    expect(page.text).toBe(
      `Darya  Dugina, the daughter of Alexander Dugin, was killed.${BLOCK_SEPARATOR}Ukraine   denied involvement.`,
    );
    expect(page.lang).toBe('uk');
    // Every span that stays inside a block round-trips through a DOM Range.
    for (const block of page.blocks) {
      for (let start = block.start; start < block.end; start += 3) {
        for (let end = start + 1; end <= block.end; end += 5) {
          expect(map.toRange(start, end)?.toString()).toBe(page.text.slice(start, end));
        }
      }
    }
  });

  it('separates blocks so words of adjacent paragraphs, list items and cells never merge', () => {
    const region = regionOf(
      '<div id="root"><p>end</p><p>start</p><ul><li>one</li><li>two</li></ul><table><tr><td>left</td><td>right</td></tr></table>line<br>break</div>',
    );
    const { page } = readPageText(region);
    const blockTexts = page.blocks.map((block) => page.text.slice(block.start, block.end));
    expect(blockTexts).toEqual(['end', 'start', 'one', 'two', 'left', 'right', 'line', 'break']);
    expect(page.text).not.toMatch(/endstart|onetwo|leftright|linebreak/);
  });

  it('does not split a paragraph at inline elements', () => {
    const region = regionOf(
      '<div id="root"><p>The <strong>FSB</strong> said <span>a <i>Ukrainian</i> citizen</span> left.</p></div>',
    );
    const { page } = readPageText(region);
    expect(page.blocks).toHaveLength(1);
    expect(page.text).toBe('The FSB said a Ukrainian citizen left.');
  });

  it('leaves out navigation, asides, comments, forms, editable areas, code, scripts, svg and hidden text', () => {
    const region = regionOf(`<div id="root">
      <p>Kept one.</p>
      <nav>NAVTEXT</nav><aside>ASIDETEXT</aside><footer>FOOTERTEXT</footer>
      <div class="comments"><p>COMMENTTEXT</p></div>
      <div class="related-stories"><p>RELATEDTEXT</p></div>
      <div class="share-bar">SHARETEXT</div>
      <div class="ad-slot">ADTEXT</div>
      <form>FORMTEXT<input value="x"><textarea>AREATEXT</textarea><select><option>OPTIONTEXT</option></select><button>BUTTONTEXT</button></form>
      <div contenteditable="true">EDITABLETEXT</div>
      <p>Inline <code>CODETEXT</code> and <kbd>KBDTEXT</kbd>.</p>
      <pre>PRETEXT</pre>
      <script>SCRIPTTEXT</script><style>.x{}</style><noscript>NOSCRIPTTEXT</noscript><template>TEMPLATETEXT</template>
      <svg><text>SVGTEXT</text></svg>
      <math><mi>MATHTEXT</mi></math>
      <div hidden>HIDDENTEXT</div><div aria-hidden="true">ARIAHIDDENTEXT</div><div style="display: none">NONETEXT</div>
      <div role="navigation">ROLENAVTEXT</div>
      <parallax-popover>OURUITEXT</parallax-popover>
      <p>Kept <parallax-mark data-parallax-kind="entity">two</parallax-mark>.</p>
    </div>`);
    const { page } = readPageText(region);
    expect(page.text.replace(/\s+/g, ' ').trim()).toBe('Kept one. Inline and . Kept two.');
  });

  it('reads the headline first, once, even when it sits in an excluded header inside the body', () => {
    const region = regionOf(
      '<article id="root"><header><p>Kicker</p><h1 id="headline">The headline</h1></header><p>Body text.</p></article>',
    );
    const { page } = readPageText(region);
    expect(page.text.split(BLOCK_SEPARATOR)).toEqual(['The headline', 'Body text.']);
    expect(page.blocks.map((block) => page.text.slice(block.start, block.end))).toEqual(['The headline', 'Body text.']);
  });

  it('notes the blocks that are links: a bold link between paragraphs and a list of links, not a link in prose', () => {
    const region = regionOf(
      `<div id="root">
        <h1 id="headline"><a href="/self">Council approves the bridge budget</a></h1>
        <p>The council voted to repair the bridge, said <a href="/mayor">the mayor</a>, after a long debate.</p>
        <p>
          <strong><a href="/other">Storm closes the coast road for a second day</a></strong>
        </p>
        <p><a href="/a">Residents</a> <a href="/b">said</a> the detour had doubled their journeys.</p>
        <ul><li><a href="/c">Fuel prices rise again</a></li><li>Museum reopens (<a href="/d">photos</a>)</li></ul>
      </div>`,
    );
    const { page } = readPageText(region);
    const texts = page.blocks.map((b) => page.text.slice(b.start, b.end).replace(/\s+/g, ' '));
    expect((page.links ?? []).map((b) => texts[b])).toEqual([
      'Council approves the bridge budget',
      'Storm closes the coast road for a second day',
      'Fuel prices rise again',
    ]);
    // A page with no link line says nothing of links.
    expect(readPageText(regionOf('<div id="root"><p>Plain <a href="/x">prose</a> only.</p></div>')).page.links).toBe(
      undefined,
    );
  });

  it('reads added nodes as their own blocks', () => {
    const document = loadIntoDocument(
      '<!DOCTYPE html><html><body><div id="a"><p>First added.</p><nav>menu</nav></div><p id="b">Second added.</p></body></html>',
    );
    const { page, map } = readPageText([
      document.getElementById('a') as Element,
      document.getElementById('b') as Element,
    ]);
    expect(page.text).toBe(`First added.${BLOCK_SEPARATOR}Second added.`);
    const second = page.blocks[1] ?? { start: 0, end: 0 };
    expect(map.toRange(second.start, second.end)?.toString()).toBe('Second added.');
  });

  it('gives one exact range per text node for spans over inline elements, and none for separators', () => {
    const region = regionOf('<div id="root"><p>Alexander <b>Dugin</b>\'s daughter</p><p>next</p></div>');
    const { page, map } = readPageText(region);
    const start = page.text.indexOf('Alexander');
    const end = page.text.indexOf('daughter') + 'daughter'.length;
    expect(map.toRanges(start, end).map((range) => range.toString())).toEqual(['Alexander ', 'Dugin', "'s daughter"]);
    const separator = page.text.indexOf(BLOCK_SEPARATOR);
    expect(map.pieces(separator, separator + BLOCK_SEPARATOR.length)).toEqual([]);
  });

  it('turns a DOM point, such as a selection boundary, back into a text offset', () => {
    const region = regionOf('<div id="root"><p id="p1">One two</p><p id="p2">three <em>four</em></p></div>');
    const { page, map } = readPageText(region);
    const em = region.root.querySelector('em') as Element;
    expect(map.offsetOf(em.firstChild as Node, 2)).toBe(page.text.indexOf('four') + 2);
    expect(map.offsetOf(em, 0)).toBe(page.text.indexOf('four'));
    expect(map.offsetOf(region.root.querySelector('#p2') as Element, 0)).toBe(page.text.indexOf('three'));
  });

  it('reads a real-looking news page without site chrome, ads, related links or comments', () => {
    const document = loadIntoDocument('news-article.html');
    const region = findArticleRegion(document);
    expect(region).not.toBeNull();
    const { page } = readPageText(region as ArticleRegion);
    expect(page.text.startsWith('Car bomb kills daughter of Russian nationalist near Moscow')).toBe(true);
    for (const kept of [
      'A car exploded on a motorway',
      'premeditated murder',
      'social media',
      'Ukraine denied any involvement',
      'a claim that Kyiv rejected',
      'The burnt car on the motorway',
    ]) {
      expect(page.text).toContain(kept);
    }
    for (const dropped of [
      'Politics',
      'Share on Facebook',
      'Advertisement',
      'mattress',
      'Kremlin responds',
      'morning briefing',
      'case-0821',
      'reader comment',
      'Most read',
      'Registered in England',
      'Jane Doe',
      'Topics:',
    ]) {
      expect(page.text).not.toContain(dropped);
    }
  });
});
