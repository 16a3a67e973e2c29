import { describe, expect, it } from "vitest";
import { withPreReform } from "./pre-reform.ts";

const reformed = new Set(["atual", "diretório", "exceção", "ótimo", "direção"]);
const speller = withPreReform({ correct: (w) => reformed.has(w) })!;

describe("withPreReform", () => {
  it.each(["actual", "directório", "excepção", "óptimo", "direcção", "atual"])("accepts %s", (w) => expect(speller.correct(w)).toBe(true));
  it.each(["actually", "pcx", "factor"])("still rejects %s, whose reformed form is no word either", (w) => expect(speller.correct(w)).toBe(false));
});
