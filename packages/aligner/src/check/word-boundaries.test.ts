import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkDocument } from "./index.ts";

/** Words with letters JavaScript's ASCII-only `\b` takes for word ends: "ação", "já", "pôr", "é". */
const WORDS = ["ação", "já", "pôr", "é", "então", "você", "órgão", "pêssego", "ônibus", "açúcar", "seção", "ü", "Ângulo", "útil", "à", "às", "GIMP", "camada", "teste", "o", "a", "de", "menu", "Arquivo", "Editar"];
const SEPARATORS = [" ", " ", " ", ", ", ". ", " - ", ": ", " → ", "\n\n"];

const LETTER = /[\p{L}\p{N}]/u;
/** A flag that starts or ends between two letters cut a word in half. */
const cutsWord = (text: string, at: number): boolean => at > 0 && at < text.length && LETTER.test(text[at - 1]!) && LETTER.test(text[at]!);

describe("word boundaries", () => {
  it("no flag of any check starts or ends inside a Portuguese word (property)", () => {
    const sentence = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 14 })
      .map((parts) => parts.map(([w, s]) => w + s).join("").trim());
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 4 }), fc.option(sentence, { nil: undefined }), (pts, en) => {
        const inputs = pts.map((pt) => (en === undefined ? { pt } : { pt, en }));
        const { pairFlags } = checkDocument(inputs, { variant: "pt-BR", terms: [{ term: "Ação" }] });
        pairFlags.forEach((flags, k) => {
          for (const f of flags) {
            if (f.start === f.end) continue;
            expect(cutsWord(inputs[k]!.pt, f.start) || cutsWord(inputs[k]!.pt, f.end), `${f.code} ${JSON.stringify(f.text)} in ${JSON.stringify(inputs[k]!.pt)}`).toBe(false);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it("no pattern of the checks, the segmenter or the literal-span pass uses the ASCII-only \\b", () => {
    const root = new URL("..", import.meta.url).pathname;
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.ts$/u.test(name) && !/\.test\.ts$/u.test(name)) {
          readFileSync(path, "utf8").split("\n").forEach((line, i) => {
            // A regex literal or a RegExp source with \b (not \\b in a comment about it).
            if (/(?<!\\)\\b(?![a-z])/u.test(line) && !/^\s*(?:\/\/|\*)/u.test(line)) offenders.push(`${path.slice(root.length)}:${i + 1}`);
          });
        }
      }
    };
    for (const stage of ["check", "segment", "normalize"]) walk(join(root, stage));
    expect(offenders).toEqual([]);
  });
});
