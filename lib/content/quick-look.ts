/**
 * The quick look: whether a page holds something Parallax shows, asked of the
 * background with only the page's headline and paragraphs (lib/page/probe.ts),
 * so that the article is read properly, and the heavy part loaded, only when
 * the answer says so.
 */
import type { SendToBackground } from '../messaging/client';
import { isLikelyArticle } from '../page/likely-article';
import { readPageFacts } from '../page/outlet';
import { readProbeText } from '../page/probe';
import type { ProbeReply } from '../scan/types';
import { setPageState } from './page-state';

/** No article on the page; or the background's answer about it. */
export type QuickLook = { article: false } | { article: true; reply: ProbeReply };

/**
 * Looks at the page, and when it looks like an article marks it `scanning` and asks the background about it;
 * `article` when the page was just found to look like one.
 */
export async function quickLook(send: SendToBackground, article = false): Promise<QuickLook> {
  if (!article && !isLikelyArticle(document)) return { article: false };
  setPageState('scanning');
  const { outlet, urls, published } = readPageFacts(document, location);
  const reply = await send('page.probe', { page: readProbeText(document, published), outlet, urls });
  performance.mark('parallax:probed');
  if (!reply.ok) throw new Error(reply.error.message);
  return { article: true, reply: reply.value };
}
