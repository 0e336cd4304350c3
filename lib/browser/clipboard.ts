// Copying to the clipboard: the browser may refuse (no permission, an insecure origin), and the user is then told
// how to copy by hand.

export const CLIPBOARD_REFUSED = 'The browser refused the clipboard: select the text and copy it.';

/** Whether the text reached the clipboard. */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
