/**
 * Copy with both flavours, so a word processor pastes the register layout and a portal field
 * the plain text; `writeText` when the rich write is refused (Firefox before 127, permissions).
 */
export async function copyToClipboard(text: string, html?: string): Promise<void> {
  const clipboard = globalThis.navigator?.clipboard;
  if (!clipboard) throw new Error('presse-papiers indisponible');
  if (html && typeof clipboard.write === 'function' && typeof ClipboardItem !== 'undefined') {
    try {
      await clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        }),
      ]);
      return;
    } catch {
      // fall back to plain text below
    }
  }
  await clipboard.writeText(text);
}
