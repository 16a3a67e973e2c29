/** The API refuses larger bodies with a 413; saying so before sending saves the wait. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/**
 * Catches the usual wrong file before upload: too large, empty, or binary (a .docx or PDF,
 * whose first kilobytes hold NUL bytes that no plain text has). The server checks again.
 */
export async function checkTextFile(file: File): Promise<string | null> {
  if (file.size === 0) return `${file.name} is empty.`;
  if (file.size > MAX_UPLOAD_BYTES) return `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB.`;
  const head = new Uint8Array(await file.slice(0, 4096).arrayBuffer());
  // UTF-16 (what CAT tools on Windows write XML in) has a NUL in every other byte of ASCII.
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff) || (head[0] === 0x3c && head[1] === 0) || (head[0] === 0 && head[1] === 0x3c);
  if (!utf16 && head.includes(0)) return `${file.name} is not a text file (it looks binary: a Word or PDF file?). Save it as plain UTF-8 text first.`;
  return null;
}
