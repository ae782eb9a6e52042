/** Pages made at test time: too large to keep in the repository, built from the demo articles. */
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Registered before anything else on the page, so every long task is recorded.
const LONG_TASK_PROBE = `<script>
window.__longTasks = [];
try {
  new PerformanceObserver(function (list) {
    list.getEntries().forEach(function (e) { window.__longTasks.push({ start: e.startTime, duration: e.duration }); });
  }).observe({ type: 'longtask', buffered: true });
} catch (e) {}
</script>`;

async function seedParagraphs(siteDir: string): Promise<string[]> {
  const files = (await readdir(siteDir)).filter((f) => f.endsWith('.html') && !f.startsWith('live'));
  const paragraphs: string[] = [];
  for (const file of files) {
    const html = await readFile(join(siteDir, file), 'utf8');
    for (const match of html.matchAll(/<p>([^<]{40,})<\/p>/g)) if (match[1]) paragraphs.push(match[1]);
  }
  return paragraphs;
}

function page(title: string, body: string, extraScript = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${LONG_TASK_PROBE}</head><body><main><article><h1>${title}</h1>${body}</article></main>${extraScript}</body></html>`;
}

/**
 * A page whose own script renders the story from `source` (a demo article) once
 * the page has loaded, as client-rendered news sites do: when it is parsed it
 * holds a header and "Loading…", no article.
 */
async function clientRendered(siteDir: string, source: string): Promise<string> {
  const html = await readFile(join(siteDir, source), 'utf8');
  const headline = /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? '';
  const paragraphs = [...html.matchAll(/<p>([^<]{40,})<\/p>/g)].map((m) => m[1] ?? '');
  // The text keeps the demo article's character references, so the script sets it as HTML.
  const story = JSON.stringify({ headline, paragraphs }).replace(/</g, '\\u003c');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Loading… | World Report</title></head>
<body><header><a href="/">World Report</a></header><main id="root"><p>Loading…</p></main>
<script>
  var story = ${story};
  window.addEventListener('load', function () {
    setTimeout(function () {
      var article = document.createElement('article');
      var h1 = document.createElement('h1');
      h1.innerHTML = story.headline;
      article.appendChild(h1);
      story.paragraphs.forEach(function (text) {
        var p = document.createElement('p');
        p.innerHTML = text;
        article.appendChild(p);
      });
      document.getElementById('root').replaceChildren(article);
    }, 300);
  });
</script></body></html>`;
}

/**
 * Writes `huge.html` (about `words` words of news text), `storm.html` (an article that mutates itself constantly)
 * and `client-rendered.html` (a story the page's own script renders after load).
 */
export async function writeGeneratedPages(siteDir: string, words = 100_000): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'parallax-pages-'));
  const paragraphs = await seedParagraphs(siteDir);
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const text = paragraphs[i % paragraphs.length] ?? '';
    out.push(`<p>${text}</p>`);
    count += text.split(/\s+/).length;
  }
  await writeFile(join(dir, 'huge.html'), page('A very long page of war reporting', out.join('\n')));
  const storm = `<script>
  // A page that never stops changing: counters, tickers, re-rendered widgets.
  var n = 0;
  var box = document.createElement('div');
  document.querySelector('article').appendChild(box);
  var timer = setInterval(function () {
    for (var i = 0; i < 50; i++) {
      var s = document.createElement('span');
      s.textContent = 'tick ' + (n++) + ' ';
      box.appendChild(s);
      if (box.childNodes.length > 200) box.removeChild(box.firstChild);
    }
    if (n > 20000) clearInterval(timer);
  }, 4);
</script>`;
  await writeFile(
    join(dir, 'storm.html'),
    page(
      'Live ticker',
      paragraphs
        .slice(0, 30)
        .map((p) => `<p>${p}</p>`)
        .join('\n'),
      storm,
    ),
  );
  await writeFile(join(dir, 'client-rendered.html'), await clientRendered(siteDir, 'huffpost-lpr-refusal.html'));
  return dir;
}

/** The headline of a report of Darya Dugina's killing, as `writeLinkPages` sets it in an unrelated article. */
const DUGINA_HEADLINE = 'Darya Dugina, daughter of Alexander Dugin, killed by a car bomb near Moscow';

/**
 * Writes two pages made from the fixture site's `local-news.html`, dated in the news window of Dugina's killing:
 * `local-news-links.html`, with a bold link to a report of it after the second paragraph and a list of links to
 * other stories below the text; and `local-news-told.html`, with the same words as a paragraph of its own.
 */
export async function writeLinkPages(siteDir: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'parallax-links-'));
  const html = (await readFile(join(siteDir, 'local-news.html'), 'utf8')).replace(
    /(article:published_time" content=")[^"]*/,
    '$1' + '2022-08-22T08:00:00Z',
  );
  const paragraphs = [...html.matchAll(/<p>[^<]*<\/p>\n/g)];
  const second = paragraphs[1];
  const last = paragraphs[paragraphs.length - 1];
  if (!second || !last) throw new Error('local-news.html has fewer paragraphs than the link pages need');
  const after = (match: RegExpMatchArray): number => (match.index ?? 0) + match[0].length;
  const withLine = (line: string, list: string): string =>
    html.slice(0, after(second)) + line + html.slice(after(second), after(last)) + list + html.slice(after(last));
  const list =
    '<ul><li><a href="/world/mobilisation">Putin orders the partial mobilisation of 300,000 reservists</a></li>' +
    '<li><a href="/local/bridge-vote">Neighbouring town votes on its own bridge repairs</a></li></ul>\n';
  await writeFile(
    join(dir, 'local-news-links.html'),
    withLine(`<p><strong><a href="/world/dugina">${DUGINA_HEADLINE}</a></strong></p>\n`, list),
  );
  await writeFile(join(dir, 'local-news-told.html'), withLine(`<p>${DUGINA_HEADLINE}.</p>\n`, ''));
  return dir;
}
