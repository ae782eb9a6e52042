/**
 * Formats a message the way `browser.i18n.getMessage` does: named placeholders
 * (`$COUNT$`) resolve to their `content` (`$1`), which takes the substitution.
 * Used where the browser's catalogue is unavailable (unit tests, Node tools).
 * See https://developer.chrome.com/docs/extensions/reference/api/i18n
 */

/** One entry of a `messages.json` catalogue. */
export interface CatalogueEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string }>;
}

/** Returns the formatted message, or `''` for an unknown key (as browsers do). */
export function formatMessage(
  catalogue: Record<string, CatalogueEntry>,
  key: string,
  substitutions: readonly string[] = [],
): string {
  const entry = catalogue[key];
  if (!entry) return '';
  const fill = (text: string): string => text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? fill(placeholder.content) : whole;
  });
}
