/**
 * A parameter's line in a NumPy-style docstring ("numpydoc"): its name, or names joined by commas, a colon spaced on
 * both sides, then its type ("axis : None ou int, opcional", "a_min, a_max : escalar ou array_like", "out : ndarray").
 * The convention spaces that colon, in the original and in its translation alike; the line is a heading of the
 * definition below it, so no sentence stop ends it. Names are written as the program spells them: lower case,
 * underscores, digits.
 */
const PARAMETER_LINE = /^[ \t]*[\p{Ll}_][\p{L}\p{N}_]*(?:, [\p{Ll}_][\p{L}\p{N}_]*)*(?= : \S)/u;
// What ends a sentence, at the line's end: a parameter's type never does.
const SENTENCE_END = /[.!?…]["”)]?\s*$/u;

/** Whether the space at `offset` of `text`, before a colon, is the one a numpydoc parameter line sets there. */
export function isParameterLineColon(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const lineEnd = text.indexOf("\n", offset);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const m = PARAMETER_LINE.exec(line);
  return m !== null && lineStart + m[0].length === offset && !SENTENCE_END.test(line);
}
