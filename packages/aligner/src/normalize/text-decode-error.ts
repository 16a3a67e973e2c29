/** Bytes that cannot be read as text: says what is wrong and at which byte. */
export class TextDecodeError extends Error {
  override readonly name = "TextDecodeError";
  constructor(
    readonly problem: "binary" | "invalid-utf8" | "invalid-utf16",
    /** Offset of the first offending byte in the input. */
    readonly byteOffset: number,
    detail: string,
  ) {
    super(`${detail} (at byte offset ${byteOffset})`);
  }
}
