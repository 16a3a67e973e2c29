/**
 * Formula lines: a synopsis or a formula written with one-letter names, numbers and operators
 * ("X - Y", "-X", "A^b", "n,d", "42", "(0,0-1,0)."), the "Syntax" / "Seqüência de Chamamento"
 * lines of an operator's help page and the argument names under "Parameters". Nothing in such a
 * line is translated: its letters are names, so words cannot tell two of them apart ("X" and
 * "-X" share their one word, and are two formulas), and a line of them is code however it lacks
 * a call or an assignment.
 */

/** A synopsis line is short; a longer line without a word is a table row or an example's output. */
const FORMULA_MAX_CHARS = 40;

/** Operators that make a formula of names: "-X", "A^b", "A'", "A\\B", "a:b", "~A", "A|B". */
const OPERATORS = "-+*/^'\\=<>~|&:";

const isLetter = (ch: string) => ch.toLowerCase() !== ch.toUpperCase();
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isCapital = (ch: string) => ch !== ch.toLowerCase();
function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isLetter(text[i]!)) return true;
  return false;
}

/**
 * Whether a text is a formula line: at most FORMULA_MAX_CHARS, a name or a number in it, no two
 * letters in a row (a word, however short: "Se", "IO", "ou") and no ";" (statements:
 * "a=1,b=1;c=2" is an example's code, which a newer page may change and still be the pair).
 */
export function isFormulaLine(text: string): boolean {
  if (text.length > FORMULA_MAX_CHARS) return false;
  let named = false;
  let letterBefore = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3b) return false;
    const letter = c >= 0x41 && (c <= 0x5a || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && isLetter(text[i]!)));
    if (letter && letterBefore) return false;
    letterBefore = letter;
    if (letter || isDigit(c)) named = true;
  }
  return named;
}

/**
 * A formula line with a name and an operator in it ("X - Y", "-X", "A^b"; not "n,d", "42", a
 * date "2024-08-31" or an argument's name with a colon, "y:"): copied material, compared without
 * its spaces (segment-features.ts). A slash between two capitals is an abbreviation, not a
 * division: "E/S" ⇄ "IO", "N/D" ⇄ "N/A" (procps and xz man pages, tune half) are translated;
 * "b/A" divides.
 */
export function isOperatorFormula(text: string): boolean {
  if (!isFormulaLine(text) || !hasLetter(text)) return false;
  let end = text.length;
  while (end > 0 && ENDERS.includes(text[end - 1]!)) end--;
  for (let i = 0; i < end; i++) {
    const ch = text[i]!;
    if (!OPERATORS.includes(ch)) continue;
    if (ch === "/" && isCapital(text[i - 1] ?? "") && isCapital(text[i + 1] ?? "")) continue;
    return true;
  }
  return false;
}

/**
 * Whether an operator formula is a line of code of its own (SideFeatures.kind): not when it ends
 * like a sentence or a list item ("(0.0-1.0).", a range closing a sentence of prose that the
 * other language writes "(0,0 até 1,0)."), as segment-features.ts codeLine decides for calls.
 */
export function isFormulaCode(text: string): boolean {
  return isOperatorFormula(text) && !ENDERS.includes(text[text.length - 1]!);
}
const ENDERS = ".!?…:;,";

/**
 * The items of a formula line as compared: spacing around an operator and case are style ("X-Y"
 * is "X - Y", "x" is "X" where a newer page capitalised its arguments), so is the decimal
 * separator ("0,0" is "0.0") and an item's closing stop or colon ("y:" is "y"); items are what
 * commas and spaces outside brackets part ("X, Y" names two arguments, "2.   3." is a row of an
 * example's output).
 */
export function formulaItems(text: string): string[] {
  const flat = text.toLowerCase().replace(/(\d),(\d)/gu, "$1.$2").replace(/\s+/gu, " ").trim().replace(SPACE_BY_OPERATOR, "");
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  const push = (item: string) => {
    const bare = item.replace(/[.,;:]+$/u, "");
    if (bare) items.push(bare);
  };
  for (let i = 0; i <= flat.length; i++) {
    const ch = flat[i];
    if (ch === "(" || ch === "[" || ch === "{") depth++;
    else if (ch === ")" || ch === "]" || ch === "}") depth--;
    else if (i === flat.length || ((ch === "," || ch === " ") && depth <= 0)) {
      push(flat.slice(start, i));
      start = i + 1;
    }
  }
  return items;
}
/** A space beside anything but a name, a number or a stop: "X - Y", "nx, ny". */
const SPACE_BY_OPERATOR = / (?=[^\p{L}\d.])|(?<=[^\p{L}\d.]) /gu;

/**
 * Whether two formula lines say different things: neither's items are all among the other's.
 * One line naming more arguments than the other ("x" beside "x, t": a newer page documents two
 * under one heading) is what another version does; "X" against "-X", "x" against "y" or "42"
 * against "8" is another formula, so a pair of them is misaligned or of pages that disagree.
 */
export function formulasContradict(a: string, b: string): boolean {
  return isFormulaLine(a) && isFormulaLine(b) && itemsContradict(formulaItems(a), formulaItems(b));
}

/** formulasContradict on the items of two formula lines. */
export function itemsContradict(a: readonly string[], b: readonly string[]): boolean {
  return !a.every((x) => b.includes(x)) && !b.every((x) => a.includes(x));
}
