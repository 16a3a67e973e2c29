import { describe, expect, it } from "vitest";
import { getDocument, listDocuments } from "@alinha/corpus";
import { alignDocument } from "../align-document.ts";
import type { Flag } from "../types.ts";
import { checkPair, isShownByDefault } from "./index.ts";
import { GOLDEN_OPTIONS, goldenModes } from "./golden-modes.ts";

/**
 * Every flag the checks raise on the built-in corpus, one readable line each, kept in
 * __golden__/corpus-flags.txt. Speed work on the checks must leave this file unchanged;
 * a change in it is a change in what reviewers see, to be read line by line. A flag the review
 * screen hides by default (confidence under FLAG_CONFIDENCE_THRESHOLD) ends in "[hidden: low confidence]".
 */
const line = (doc: string, f: Flag): string =>
  `${doc}:${f.start}-${f.end} ${f.code} ${JSON.stringify(f.text)}${f.suggestion === undefined ? "" : ` → ${JSON.stringify(f.suggestion)}`}${isShownByDefault(f) ? "" : " [hidden: low confidence]"}`;

function render(): string {
  const out: string[] = [];
  for (const meta of listDocuments()) {
    const doc = getDocument(meta.id);
    for (const [mode, english, check] of goldenModes(doc)) {
      const result = alignDocument(doc.pt, english, { check, speakers: meta.speakers });
      out.push(`## ${meta.id}, ${mode}`);
      for (const f of result.documentFlags) out.push(line(`${meta.id} (document)`, f));
      for (const pair of result.pairs) for (const f of pair.flags) out.push(line(meta.id, f));
      if (mode !== "with English") continue;
      // The API checks one pair at a time after an edit: offsets relative to the pair.
      out.push(`## ${meta.id}, checkPair one pair at a time`);
      result.pairs.forEach((pair, k) => {
        const flags = checkPair({ pt: pair.ptText, en: pair.enText }, GOLDEN_OPTIONS);
        for (const f of flags) out.push(line(`${meta.id}#${k}`, f));
      });
    }
  }
  return `${out.join("\n")}\n`;
}

describe("the flags on the built-in corpus", () => {
  it("are the ones in __golden__/corpus-flags.txt", async () => {
    await expect(render()).toMatchFileSnapshot("./__golden__/corpus-flags.txt");
  }, 60_000);
});
