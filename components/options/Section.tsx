/** One section of the options page: a region named by its heading. */
import type { ComponentChildren } from 'preact';

/** Props: the section id (also a test hook), its heading and its content. */
export interface SectionProps {
  id: string;
  title: string;
  /** A sentence under the heading saying what the section is for. */
  intro?: string;
  children: ComponentChildren;
}

/** A section with a level-two heading. */
export function Section({ id, title, intro, children }: SectionProps) {
  return (
    <section class="section" id={`section-${id}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro ? <p class="intro">{intro}</p> : null}
      {children}
    </section>
  );
}
