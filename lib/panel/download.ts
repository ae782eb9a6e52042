/**
 * Saving text the panel already holds as a file, without any network request:
 * a Blob URL clicked through an `<a download>`, revoked once the browser has it.
 */

/**
 * How long the Blob URL outlives the click. Firefox reads it after the click
 * returns, so revoking at once cancels the download:
 * https://bugzilla.mozilla.org/show_bug.cgi?id=1282407
 */
export const REVOKE_DELAY_MS = 1000;

/** The name of a flags export made at `when`, by the reader's local calendar day: `parallax-flags-2024-05-01.json`. */
export function flagsFileName(when: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `parallax-flags-${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}.json`;
}

/** Offers `text` as a download named `fileName`. */
export function downloadText(text: string, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  // Firefox only follows a click on a link that is in the document.
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
  }
}
