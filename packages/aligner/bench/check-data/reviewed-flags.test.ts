import { describe, expect, it } from "vitest";
import { flagKey, formatRow, keyString, parseReviewed, verdictIndex } from "./reviewed-flags.ts";

const pt = "Abra o menu Arquivo - Salvar como para gravar a imagem.\tNo fim.\nOutra linha com Arquivo - Salvar como.";

describe("reviewed flags", () => {
  it("finds a flag again by document, check, text and context, not by offset", () => {
    const at = pt.indexOf(" - ");
    const key = flagKey("gimp/p1", "spaced-hyphen", pt, at, at + 3);
    expect(key.text).toBe(" - ");
    expect(key.before).toBe("Abra o menu Arquivo");
    const rows = parseReviewed(`doc\tcode\ttext\tbefore\tafter\tverdict\tnote\n${formatRow({ ...key, verdict: "false-alarm", note: "menu path" })}\n`);
    const index = verdictIndex(rows);
    expect(index.get(keyString(key))).toBe("false-alarm");
    // The same text elsewhere in the document has another context: not reviewed.
    const second = pt.lastIndexOf(" - ");
    expect(index.get(keyString(flagKey("gimp/p1", "spaced-hyphen", pt, second, second + 3)))).toBeUndefined();
    // Nor is the same place under another check.
    expect(index.get(keyString(flagKey("gimp/p1", "stray-stop", pt, at, at + 3)))).toBeUndefined();
  });

  it("round-trips tabs, line breaks and backslashes in the context through the TSV", () => {
    const start = pt.indexOf("No fim");
    const key = flagKey("d", "c", pt, start, start + 6);
    const [row] = parseReviewed(formatRow({ ...key, verdict: "genuine", note: "a \\ b" }));
    expect(row).toEqual({ ...key, verdict: "genuine", note: "a \\ b" });
    expect(row!.before.endsWith("imagem.\t")).toBe(true);
    expect(row!.after.startsWith(".\nOutra")).toBe(true);
  });

  it("keeps rows with an empty verdict out of the index (not reviewed yet), and refuses a mistyped verdict", () => {
    const key = flagKey("d", "c", pt, 0, 4);
    expect(verdictIndex(parseReviewed(formatRow({ ...key, verdict: "", note: "" }))).size).toBe(0);
    expect(() => parseReviewed(`\n${formatRow({ ...key, verdict: "false alarm" as never, note: "" })}`)).toThrow(/:2: verdict "false alarm"/);
  });
});
