// Saving a file the page made (a kubeconfig it fetched, an export it generated) through a temporary link.

/** Saves `blob` as `fileName` in the browser's downloads. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers read the blob only after click() has returned.
  window.setTimeout(() => URL.revokeObjectURL(url), 40_000);
}
