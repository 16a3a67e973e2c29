/** The tail read first: the runs looked for (a word, a name) are seldom longer. */
const TAIL = 32;

/**
 * `pattern.exec(text)?.[1]` for a pattern anchored at the text's end whose group is a run of one
 * class of characters, followed by characters outside it (`([\p{L}\p{N}]+)[^\p{L}\p{N}]*$`): the
 * group is the text's last run. The pattern alone is tried at every offset, over a whole pair's
 * text; this reads the text's tail, widened while the run may go on before it (it reaches the
 * tail's first two units, one perhaps half of a surrogate pair) or the match may stand further
 * back (no match in the tail, and the part after the run may be longer than `maxTrail` units).
 */
export function lastRun(pattern: RegExp, text: string, maxTrail = Infinity): string | undefined {
  for (let k = TAIL; ; k *= 4) {
    if (k >= text.length) return pattern.exec(text)?.[1];
    const m = pattern.exec(text.slice(-k));
    if (m ? m.index > 1 : k > maxTrail + 2) return m?.[1];
  }
}
