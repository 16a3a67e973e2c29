import { flagAt, type Check } from "../check.ts";

// The same word twice ("o o modelo"), or "X e X" ("ponderadas e ponderadas"), or a phrase twice.
const DOUBLED_WORD = /(?<![\p{L}\p{N}])(\p{L}+) \1(?![\p{L}\p{N}])/giu;
const X_AND_X = /(?<![\p{L}\p{N}])(\p{L}{4,}) (?:e|ou) \1(?![\p{L}\p{N}])/giu;
const DOUBLED_PHRASE = /(?<![\p{L}\p{N}])((?:\p{L}+ ){1,4}\p{L}+) \1(?![\p{L}\p{N}])/giu;
// "horas e horas", "mais e mais", "muito muito": repetition Portuguese uses for emphasis.
const EMPHATIC = new Set(["mais", "menos", "muito", "muita", "horas", "dias", "anos", "meses", "semanas", "vezes", "milhares", "centenas", "milhões", "bilhões", "cada", "passo", "pouco", "aos", "poucos", "sim", "não", "bem", "só", "lado", "pouca"]);

export const repetitionDoubled: Check<"repetition-doubled"> = {
  id: "repetition-doubled",
  family: "repetition",
  severity: "warning",
  name: "Repeated word",
  description: "A word or phrase is repeated by mistake (\"informações ponderadas e ponderadas\").",
  run(pair) {
    const found = [...pair.pt.matchAll(DOUBLED_PHRASE), ...pair.pt.matchAll(X_AND_X), ...pair.pt.matchAll(DOUBLED_WORD)]
      .filter((m) => !EMPHATIC.has(m[1]!.toLowerCase()));
    // Longest first, so a doubled phrase is reported once, not also as its doubled words.
    found.sort((a, b) => b[0].length - a[0].length);
    const kept = found.filter((m, i) => !found.slice(0, i).some((o) => o.index < m.index + m[0].length && m.index < o.index + o[0].length));
    return kept
      .sort((a, b) => a.index - b.index)
      .map((m) => flagAt(this, pair.pt, m.index, m.index + m[0].length, `"${m[1]}" is repeated.`, m[1]!));
  },
};
