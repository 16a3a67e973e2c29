/**
 * Two Portuguese words written as one: "arcotangente" (arco + tangente), "arcocosseno". The Portuguese dictionary lists
 * few solid compounds; Italian's, which writes its compounds solid, knows them, so one dictionary's yes and the other's
 * no say nothing of where the word comes from: its parts are Portuguese. The head has four letters at least, the tail
 * six: a shorter tail is as often a suffix of Italian that Portuguese happens to spell as a word ("varia" + "bile",
 * "traduz" + "ione"), and a shorter head a prefix of chance ("co" + "seno" is Spanish "coseno", Portuguese "cosseno").
 */
const MIN_HEAD = 4;
const MIN_TAIL = 6;

export function isPortugueseCompound(lower: string, pt: { correct(w: string): boolean }): boolean {
  for (let i = MIN_HEAD; i <= lower.length - MIN_TAIL; i++) {
    if (pt.correct(lower.slice(0, i)) && pt.correct(lower.slice(i))) return true;
  }
  return false;
}
