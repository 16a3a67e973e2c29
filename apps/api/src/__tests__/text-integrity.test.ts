// Text that cannot be stored faithfully (NUL, lone surrogates) is refused at the edge with the
// offset of the offending character, on every route that stores text; a split never cuts a
// character; and anything accepted reads back identical through the API, the history and the
// exports (property test).
import { BITEXT_FORMATS, parseBitext, readTsvTextCell } from "@alinha/aligner";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstUnstorable, isGraphemeBoundary, type Pair } from "../contract/index.ts";
import { importedDocument } from "../test-support/imported-document.ts";
import { SAMPLE_EN, SAMPLE_PT } from "../test-support/sample.ts";
import { useTestServer } from "../test-support/use-test-server.ts";

const server = useTestServer("translator", "editor");
const { translator, editor } = server;

const NUL_TEXT = "Antes do nulo.\u0000 Depois do nulo.";
const LONE_TEXT = "Um emoji partido: \uD83D fim.";

function expectRefusedAt(res: { status: number; headers: Headers; body: any }, position: number): void {
  expect(res.status).toBe(422);
  expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  expect(res.body.issues).toContainEqual(expect.objectContaining({ position, message: expect.stringContaining(`offset ${position}`) }));
}

describe("firstUnstorable and isGraphemeBoundary", () => {
  it("finds NUL and lone surrogates (either half), and passes paired ones", () => {
    expect(firstUnstorable("ok 👍🏽 ok")).toBeUndefined();
    expect(firstUnstorable("a\u0000b")).toEqual({ position: 1, what: "NUL (U+0000)" });
    expect(firstUnstorable("ab\uDE00")).toMatchObject({ position: 2 });
    expect(firstUnstorable("\uD83Dx")).toMatchObject({ position: 0 });
  });

  it("knows where a user-perceived character ends", () => {
    const text = "Olá 👍🏽 cafe\u0301!\r\nfim";
    expect(isGraphemeBoundary(text, 4)).toBe(true); // before the emoji
    expect(isGraphemeBoundary(text, 5)).toBe(false); // inside its surrogate pair
    expect(isGraphemeBoundary(text, 6)).toBe(false); // between the thumb and its skin tone
    expect(isGraphemeBoundary(text, 8)).toBe(true); // after the whole cluster
    const accent = text.indexOf("\u0301");
    expect(isGraphemeBoundary(text, accent)).toBe(false); // the accent stays on its e
    const crlf = text.indexOf("\r\n");
    expect(isGraphemeBoundary(text, crlf + 1)).toBe(false);
    expect(isGraphemeBoundary(text, crlf + 2)).toBe(true);
  });
});

describe("text that cannot be stored is refused with 422 naming its position", () => {
  it("in an edit, and the pair is unchanged", async () => {
    const { pairs } = await importedDocument(translator, { title: "Edição nula", pt: SAMPLE_PT, en: SAMPLE_EN });
    const pair = pairs[0]!;
    expectRefusedAt(await translator.patch(`/api/pairs/${pair.id}`, { ptText: NUL_TEXT, version: 1 }), 14);
    expectRefusedAt(await translator.patch(`/api/pairs/${pair.id}`, { ptText: LONE_TEXT, version: 1 }), 18);
    expectRefusedAt(await translator.patch(`/api/pairs/${pair.id}`, { ptText: "fim \uDE00", version: 1 }), 4);
    const stored = (await translator.get(`/api/pairs/${pair.id}`)).body;
    expect(stored.pair).toMatchObject({ ptText: pair.ptText, version: 1 });
    expect(stored.edits).toHaveLength(1);
  });

  it("in comments, rejections, dismissals, approvals, imports (JSON and upload), re-alignments, terms and replace", async () => {
    const { id, pairs } = await importedDocument(translator, { title: "Vários", pt: SAMPLE_PT, en: SAMPLE_EN });
    const pair = pairs[0]!;
    expectRefusedAt(await translator.post(`/api/pairs/${pair.id}/comments`, { body: NUL_TEXT }), 14);
    expectRefusedAt(await editor.post(`/api/pairs/${pair.id}/reject`, { version: 1, comment: LONE_TEXT }), 18);
    expectRefusedAt(await editor.post(`/api/pairs/${pair.id}/approve`, { version: 1, comment: NUL_TEXT }), 14);
    expectRefusedAt(await translator.post(`/api/pairs/${pair.id}/flags/x/dismiss`, { reason: NUL_TEXT }), 14);
    expectRefusedAt(await editor.post(`/api/documents/${id}/approve`, { pairIds: [pair.id], comment: NUL_TEXT }), 14);
    expectRefusedAt(await translator.post("/api/documents", { title: "Nulo", pt: NUL_TEXT }), 14);
    expectRefusedAt(await translator.post("/api/documents", { title: "Nulo", pt: "Texto.", en: LONE_TEXT }), 18);
    expectRefusedAt(await translator.post("/api/documents", { title: "a\u0000", pt: "Texto." }), 1);
    const form = new FormData();
    form.set("title", "Envio");
    form.set("pt", new Blob([`${SAMPLE_PT}\n`]), "pt.txt");
    form.set("en", new Blob([Buffer.from("Before.\u0000 After.", "utf8")]), "en.txt");
    const upload = await translator.request("POST", "/api/documents", form);
    expect(upload.status, upload.text).toBeGreaterThanOrEqual(415);
    expect(upload.status).toBeLessThanOrEqual(422);
    expect(upload.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expectRefusedAt(await editor.post(`/api/documents/${id}/realign`, { en: NUL_TEXT }), 14);
    expectRefusedAt(await editor.post("/api/terms", { term: "Nulo\u0000" }), 4);
    expectRefusedAt(await translator.post("/api/replace/preview", { find: "a", replace: "\uD83D" }), 0);
    expect((await translator.get(`/api/pairs/${pair.id}`)).body.comments).toEqual([]);
    expect((await translator.get("/api/documents")).body.documents.filter((d: { title: string }) => d.title === "Nulo")).toEqual([]);
  });

  it("refuses a split inside a surrogate pair or a grapheme cluster, and accepts one between characters", async () => {
    // q + U+0301 has no precomposed form, so it stays two code points after the import's NFC.
    const pt = "Gostei 👍🏽 muito, q\u0301 também.";
    const { pairs } = await importedDocument(translator, { title: "Emoji", pt, en: "I liked it 👍🏽 a lot. And the coffee too." });
    const pair = pairs.find((p) => p.ptText.includes("👍🏽"))!;
    expect(pair.ptText).toContain("q\u0301");
    const emoji = pair.ptText.indexOf("👍🏽");
    for (const ptAt of [emoji + 1, emoji + 2, pair.ptText.indexOf("\u0301")]) {
      const res = await translator.post(`/api/pairs/${pair.id}/split`, { version: pair.version, ptAt, enAt: 0 });
      expect(res.status, `ptAt ${ptAt}`).toBe(422);
      expect(res.body).toMatchObject({ title: "Split inside a character", position: ptAt });
    }
    const enAt = pair.enText.indexOf("👍🏽") + 1;
    const en = await translator.post(`/api/pairs/${pair.id}/split`, { version: pair.version, ptAt: 0, enAt });
    expect(en.status).toBe(422);
    const ok = await translator.post(`/api/pairs/${pair.id}/split`, { version: pair.version, ptAt: emoji + 4, enAt: pair.enText.indexOf("👍🏽") + 4 });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body.pairs.map((p: Pair) => p.ptText).join(" ")).toBe(pair.ptText);
    expect(ok.body.pairs[0].ptText).toContain("👍🏽");
  });
});

/** One pair's Portuguese as each export format gives it back. */
async function exported(documentId: string, pairId: string, position: number): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const format of BITEXT_FORMATS) {
    const res = await translator.get(`/api/documents/${documentId}/export?format=${format}`);
    expect(res.status).toBe(200);
    const text = res.text;
    if (format === "tmx" || format === "xliff") {
      out[format] = parseBitext(text).pairs[position]!.pt;
    } else if (format === "tsv") {
      const row = text.split("\n").map((l) => l.split("\t")).find((cells) => cells[1] === pairId)!;
      out[format] = readTsvTextCell(row[4]!);
    } else {
      out[format] = text;
    }
  }
  return out;
}

const decodeHtml = (s: string) => s.replace(/<br>/g, "\n").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
/** How the display formats show a sentence: controls as their Control Pictures, any line break as one. */
const shown = (s: string) => s.replace(/\r\n|\r/g, "\n").replace(/[\x01-\x08\x0B\x0C\x0E-\x1F\x7F]/g, (c) => String.fromCharCode(c === "\x7f" ? 0x2421 : 0x2400 + c.charCodeAt(0)));

/** Every kind of character that has broken a text format somewhere, mixed with ordinary ones. */
const awkward = fc.string({
  unit: fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }) },
    { weight: 2, arbitrary: fc.constantFrom("\u0000", "\uD83D", "\uDE00", "\u0001", "\u001F", "\u007F", "\uFFFE", "\uFFFF", "\r", "\n", "\r\n", "\t", "\\", "'", "=", "+", "-", "@", "<", "&", "]]>", "|", "*", "#", "`", "e\u0301", "👍🏽", "🇧🇷", "\u200D", "\u00A0") },
  ),
  maxLength: 24,
});

describe("accepted text reads back identical (property)", () => {
  it("through the API, the history and every export format", async () => {
    const { id, pairs } = await importedDocument(translator, { title: "Propriedade", pt: SAMPLE_PT, en: SAMPLE_EN });
    const pair = pairs[1]!;
    let version = pair.version;
    let accepted = 0;
    await fc.assert(fc.asyncProperty(awkward, async (text) => {
      const res = await translator.patch(`/api/pairs/${pair.id}`, { ptText: text, version });
      const bad = firstUnstorable(text);
      if (bad) {
        expectRefusedAt(res, bad.position);
        return;
      }
      expect(res.status, res.text).toBe(200);
      accepted++;
      version = res.body.pair.version;
      expect(res.body.pair.ptText).toBe(text);
      const detail = (await translator.get(`/api/pairs/${pair.id}`)).body;
      expect(detail.pair.ptText).toBe(text);
      if (detail.edits.length > 1) expect(detail.edits.at(-1).after).toBe(text);
      const listed = (await translator.get(`/api/documents/${id}/pairs`)).body.pairs as Pair[];
      expect(listed.find((p) => p.id === pair.id)!.ptText).toBe(text);
      const files = await exported(id, pair.id, pair.index);
      expect(files["tmx"]).toBe(text);
      expect(files["xliff"]).toBe(text);
      expect(files["tsv"]).toBe(text);
      // The display formats show controls as visible symbols and the plain text drops them (by
      // design); what matters is that nothing after any character is cut off.
      if (text.trim() !== "") {
        expect(decodeHtml(files["html"]!)).toContain(shown(text));
        expect(decodeHtml(files["md"]!).replace(/\\([\\`*_[\]|~#!])/g, "$1")).toContain(shown(text));
        expect(files["txt"]).toContain(text.trim().replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g, ""));
      }
    }), { numRuns: 60 });
    expect(accepted).toBeGreaterThan(10);
  }, 120_000);
});
