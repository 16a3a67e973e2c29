import { describe, expect, it } from "vitest";
import type { CheckInput, Flag } from "../types.ts";
import { flaggedWordRepeats, repeatableWord } from "./flagged-word-repeats.ts";

const flag = (code: string, family: Flag["family"], text: string): Flag => ({ code, family, severity: "warning", start: 0, end: text.length, text, message: "" });

describe("how often a flagged word recurs in its document", () => {
  const inputs: CheckInput[] = [
    { pt: "Abra o Kdenlive e importe o clipe." },
    { pt: "No Kdenlive, a linha do tempo fica embaixo; o kdenlive salva sozinho." },
    { pt: "Feche o Kdenlive. Ouçá o resultado no GPT-4.0 e no GPT-4.0." },
  ];
  const flags: Flag[][] = [
    [flag("untranslated-words", "untranslated", "Kdenlive")],
    [],
    [flag("spelling-typo", "spelling", "Ouçá"), flag("entity-mangled", "entity", "GPT-4.0")],
  ];

  it("counts every occurrence of a flagged word in its exact case, and keeps nothing for a one-off", () => {
    // "kdenlive" in lower case is another spelling; "Ouçá" occurs once, which a missing entry already says.
    expect(flaggedWordRepeats(inputs, flags)).toEqual({ Kdenlive: 3 });
  });

  it("counts no repeats for the families where a repeated span is no choice (a name mangled the same way each time)", () => {
    expect(repeatableWord(flag("entity-mangled", "entity", "GPT-4.0"))).toBeUndefined();
    expect(repeatableWord(flag("untranslated-identical", "untranslated", "The whole sentence stays English."))).toBeUndefined();
    expect(repeatableWord(flag("casing-name", "casing", "internet"))).toBe("internet");
  });
});
