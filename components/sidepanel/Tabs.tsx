/**
 * ARIA tabs: a tab list moved through with the arrow keys (selection follows
 * focus), and panels that stay mounted while hidden so each keeps its state.
 * See https://www.w3.org/WAI/ARIA/apg/patterns/tabs/
 */
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

import { tabKeyTarget } from '@/lib/panel/roving';

/** One tab: an id (for element ids and test hooks), its label and its panel's content. */
export interface TabSpec {
  id: string;
  label: string;
  content: ComponentChildren;
}

/** Props: the tabs, the selected one and the accessible name of the list. */
export interface TabsProps {
  tabs: TabSpec[];
  selected: string;
  onSelect: (id: string) => void;
  label: string;
}

/** A tab list with its panels. */
export function Tabs({ tabs, selected, onSelect, label }: TabsProps) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent): void => {
    const current = tabs.findIndex((tab) => tab.id === selected);
    const target = tabKeyTarget(event.key, current, tabs.length);
    const tab = target === null ? undefined : tabs[target];
    if (!tab) return;
    event.preventDefault();
    onSelect(tab.id);
    list.current?.querySelector<HTMLElement>(`#tab-${tab.id}`)?.focus();
  };
  return (
    <>
      <div role="tablist" aria-label={label} class="tablist" ref={list} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            data-tab={tab.id}
            aria-selected={tab.id === selected}
            aria-controls={`tabpanel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            class="tab"
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`tabpanel-${tab.id}`}
          aria-labelledby={`tab-${tab.id}`}
          tabIndex={0}
          hidden={tab.id !== selected}
          class="tabpanel"
        >
          {tab.content}
        </div>
      ))}
    </>
  );
}
