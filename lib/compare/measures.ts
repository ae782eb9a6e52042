/**
 * Decides which figures count the same thing. Outlets write "killed", "dead",
 * "killed and wounded" or "casualties"; comparing a count of the dead with a
 * count of dead and wounded is exactly the confusion Parallax exists to expose,
 * so those must land under different keys.
 */
import type { Figure } from '../dataset/types';

const UNIT_ALIASES: Record<string, string> = {
  person: 'people',
  persons: 'people',
  soldiers: 'people',
  troops: 'people',
  'sq miles': 'sq-mi',
  'square miles': 'sq-mi',
  km2: 'km2',
  'sq km': 'km2',
  percent: '%',
  '%': '%',
  year: 'years',
};

const CLASSES: [RegExp, string][] = [
  [/\b(killed|dead)\b.*\b(wounded|injured)\b|\bcasualt/i, 'killed-and-wounded'],
  [/\b(wounded|injured)\b/i, 'wounded'],
  [/\b(killed|dead|deaths?|lost \(killed\))\b/i, 'killed'],
  [/\bage of\b/i, 'age'],
  [/\b(territory|area)\b/i, 'territory'],
];

/** Normalises a unit so that `sq miles` and `square miles` compare equal. */
export function normaliseUnit(unit: string): string {
  const u = unit.trim().toLowerCase();
  return UNIT_ALIASES[u] ?? u;
}

/** The key under which two figures are comparable; different measures never share a key. */
export function measureKey(figure: Figure): string {
  // The two ends of a range ("70,000 to 80,000") are one measure.
  if (figure.measure) return figure.measure.replace(/-(lower|upper)$/, '');
  const unit = normaliseUnit(figure.unit);
  const what = figure.what.replace(/\(.*?\)/g, ' ');
  for (const [pattern, name] of CLASSES) if (pattern.test(what)) return `${name}:${unit}`;
  return `${what.trim().toLowerCase().replace(/\s+/g, ' ')}:${unit}`;
}

/** Formats a figure the way a reader expects: grouped digits and its unit. */
export function formatFigure(figure: Figure): string {
  const value = figure.value.toLocaleString('en-US');
  const unit = normaliseUnit(figure.unit);
  if (unit === '%') return `${value}%`;
  if (unit === 'people') return value;
  return `${value} ${figure.unit}`;
}
