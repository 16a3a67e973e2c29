/**
 * A TMX or XLIFF file that cannot be read as one: not well-formed XML, or XML whose structure is
 * not the format's. Says where, as a person would look for it: line, column and element path.
 */
export class BitextFormatError extends Error {
  override readonly name = "BitextFormatError";

  constructor(
    readonly reason: string,
    /** 1-based. */
    readonly line: number,
    /** 1-based, in characters. */
    readonly column: number,
    /** E.g. "/tmx/body/tu[3]/tuv[2]". */
    readonly path: string,
  ) {
    super(`${reason} (line ${line}, column ${column}, at ${path || "/"})`);
  }
}
