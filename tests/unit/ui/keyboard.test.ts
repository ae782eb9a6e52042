import { describe, expect, it } from 'vitest';

import { commandFor, step } from '@/lib/ui/keyboard';

const key = (code: string, over: Partial<KeyboardEvent> = {}) => ({
  code,
  altKey: true,
  shiftKey: true,
  ctrlKey: false,
  metaKey: false,
  target: document.body,
  ...over,
});

describe('keyboard shortcuts', () => {
  it('maps Alt+Shift+J/K/F by physical key', () => {
    expect(commandFor(key('KeyJ'))).toBe('next-highlight');
    expect(commandFor(key('KeyK'))).toBe('previous-highlight');
    expect(commandFor(key('KeyF'))).toBe('flag-selection');
  });

  it('ignores other modifiers and plain letters', () => {
    expect(commandFor(key('KeyJ', { ctrlKey: true }))).toBeNull();
    expect(commandFor(key('KeyJ', { altKey: false }))).toBeNull();
    expect(commandFor(key('KeyX'))).toBeNull();
  });

  it('never intercepts typing in a field', () => {
    const input = document.createElement('textarea');
    document.body.append(input);
    expect(commandFor(key('KeyJ', { target: input }))).toBeNull();
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    const inner = document.createElement('span');
    editable.append(inner);
    document.body.append(editable);
    expect(commandFor(key('KeyJ', { target: inner }))).toBeNull();
  });

  it('walks a list in both directions and wraps', () => {
    expect(step(3, -1, 1)).toBe(0);
    expect(step(3, -1, -1)).toBe(2);
    expect(step(3, 2, 1)).toBe(0);
    expect(step(3, 0, -1)).toBe(2);
    expect(step(0, -1, 1)).toBe(-1);
  });
});
