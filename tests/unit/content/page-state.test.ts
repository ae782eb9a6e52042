import { afterEach, describe, expect, it } from 'vitest';

import { clearPageState, setPageState } from '@/lib/content/page-state';

afterEach(() => clearPageState());

describe('the page state attribute', () => {
  it('tells tools on <html> whether Parallax is scanning, ready or off, and goes away when cleared', () => {
    setPageState('scanning');
    expect(document.documentElement.getAttribute('data-parallax-state')).toBe('scanning');
    setPageState('ready');
    expect(document.documentElement.getAttribute('data-parallax-state')).toBe('ready');
    clearPageState();
    expect(document.documentElement.hasAttribute('data-parallax-state')).toBe(false);
  });
});
