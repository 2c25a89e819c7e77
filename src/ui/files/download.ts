/** Saves text as a file through the browser's download, with no network involved. */
export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

/** Saves bytes (a zip, say) as a file through the browser's download. */
export function downloadBytes(bytes: Uint8Array<ArrayBuffer>, fileName: string, type: string): void {
  downloadBlob(new Blob([bytes], { type }), fileName);
}

/**
 * Saves a file written in parts (a plan file of 100,000 units is far more work than one frame): the page
 * paints and takes input between parts, whenever one stretch of work has lasted about 80 ms (a few frames).
 * Each part becomes a Blob as soon as it is written, so its text is encoded to UTF-8 in its own stretch of
 * work; the file is then a Blob of those Blobs, which refers to them rather than copying, instead of one
 * `new Blob()` that would encode the whole text in one task.
 */
export async function downloadParts(parts: Iterable<string>, fileName: string, type: string): Promise<void> {
  const written: Blob[] = [];
  let since = performance.now();
  for (const part of parts) {
    written.push(new Blob([part]));
    if (performance.now() - since > 80) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      since = performance.now();
    }
  }
  downloadBlob(new Blob(written, { type }), fileName);
}

function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
