import { it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from './browser';
import { startStaticServer } from './server';

it('probe', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'probe-'));
  await writeFile(join(dir, 'app.html'), `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Inbox</title></head><body><div id="app"><button>Compose</button><ul id="list"></ul></div></body></html>`);
  const server = await startStaticServer({ gen: dir });
  const browser = await launchWithExtension();
  const agg = new Map<string, number>();
  for (let round = 0; round < 8; round++) {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 50 }); await cdp.send('Profiler.start');
    await page.goto(server.url('gen', 'app.html'));
    await page.waitForFunction(() => document.documentElement.getAttribute('data-parallax-state') === 'ready');
    await page.waitForTimeout(300);
    const { profile } = (await cdp.send('Profiler.stop')) as any;
    const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
    for (let i = 0; i < profile.samples.length; i++) {
      const n: any = byId.get(profile.samples[i]);
      const f = n.callFrame;
      if (f.functionName === '(idle)' ) continue;
      const key = f.url.includes('chrome-extension') ? `ext:${f.functionName || '(anon)'}:${f.lineNumber}:${f.columnNumber}` : `${f.functionName || '(anon)'}${f.url ? '@' + f.url.slice(-30) : ''}`;
      agg.set(key, (agg.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000 / 8);
    }
    await page.close();
  }
  console.log([...agg].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${v.toFixed(3)} ${k}`).join('\n'));
  await browser.close(); await server.close();
}, 300_000);
