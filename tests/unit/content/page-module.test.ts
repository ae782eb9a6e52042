import { afterEach, describe, expect, it, vi } from 'vitest';

import { pageModuleLoader, registerPageModule, type PageModule } from '@/lib/content/page-module';

import { PAGE_MODULE } from './helpers';

const SLOT = Symbol.for('parallax.page-module');
afterEach(() => {
  Reflect.deleteProperty(globalThis, SLOT);
});

describe('the heavy part of the content script', () => {
  it('is imported once, from its URL, and shared by every later need', async () => {
    const importer = vi.fn(async () => registerPageModule(PAGE_MODULE));
    const load = pageModuleLoader(importer, () => 'chrome-extension://session-id/parallax-page.js');
    const [first, second] = await Promise.all([load(), load()]);
    expect(first).toBe(PAGE_MODULE);
    expect(second).toBe(PAGE_MODULE);
    expect(await load()).toBe(PAGE_MODULE);
    expect(importer).toHaveBeenCalledTimes(1);
    expect(importer).toHaveBeenCalledWith('chrome-extension://session-id/parallax-page.js');
  });

  it('says clearly when the file loaded but did not register, and tries again at the next need', async () => {
    let attempt = 0;
    const importer = vi.fn(async () => {
      attempt += 1;
      if (attempt === 2) registerPageModule(PAGE_MODULE);
    });
    const load = pageModuleLoader(importer, () => 'x');
    await expect(load()).rejects.toThrow(/did not register/);
    await expect(load()).resolves.toBe(PAGE_MODULE satisfies PageModule);
    expect(importer).toHaveBeenCalledTimes(2);
  });

  it('tries again after a failed import', async () => {
    const importer = vi
      .fn()
      .mockRejectedValueOnce(new Error('network'))
      .mockImplementation(async () => registerPageModule(PAGE_MODULE));
    const load = pageModuleLoader(importer, () => 'x');
    await expect(load()).rejects.toThrow('network');
    await expect(load()).resolves.toBe(PAGE_MODULE);
  });
});
