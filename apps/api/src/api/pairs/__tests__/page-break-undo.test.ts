import { describe, expect, it } from "vitest";
import { useTestServer } from "../../../test-support/use-test-server.ts";
import { importedDocument } from "../../../test-support/imported-document.ts";
import type { Edit, Pair } from "../../../contract/index.ts";

const { translator } = useTestServer("translator");

// The second paragraph of the file is one sentence cut in two lines by a page break: the
// aligner joins them (the English has one sentence there) and the reviewer can undo it.
const CUT = "Esta frase muito longa começa aqui e continua por várias palavras até ser cortada";
const REST = "pela quebra de página que a dividiu em dois blocos.";
const PT = `Primeira frase curta.\n\n${CUT}\n\n${REST}\n\nÚltima frase do texto.`;
const EN = "First short sentence.\n\nThis very long sentence starts here and goes on for several words until it is cut by the page break that split it into two blocks.\n\nLast sentence of the text.";

describe("undoing a page-break repair", () => {
  it("shows where two lines were joined, and one split there restores them as two pairs, recorded as an edit", async () => {
    const { id, pairs } = await importedDocument(translator, { title: "Quebra de página", pt: PT, en: EN });
    const joined = pairs.find((p) => p.ptText.startsWith("Esta frase"))!;
    expect(joined.pageBreakAt).toBe(joined.ptText.indexOf("pela"));
    // Pairs the aligner did not join say so.
    expect(pairs.filter((p) => p.id !== joined.id).map((p) => p.pageBreakAt)).toEqual([null, null]);

    const res = await translator.post(`/api/pairs/${joined.id}/split`, { version: joined.version, ptAt: joined.pageBreakAt, enAt: joined.enText.length, reason: "page-break" });
    expect(res.status).toBe(200);
    expect(res.body.pairs.map((p: Pair) => [p.ptText, p.pageBreakAt])).toEqual([[CUT, null], [REST, null]]);
    const listed = (await translator.get(`/api/documents/${id}/pairs`)).body.pairs as Pair[];
    expect(listed.map((p) => p.ptText)).toEqual(["Primeira frase curta.", CUT, REST, "Última frase do texto."]);
    const history = (await translator.get(`/api/pairs/${joined.id}`)).body.edits as Edit[];
    expect(history.at(-1)).toMatchObject({ action: "split", note: expect.stringContaining("page-break join undone") });
  });

  it("refuses a page-break split where the aligner joined nothing (422), and once the text is edited", async () => {
    const { pairs } = await importedDocument(translator, { title: "Quebra de página 2", pt: PT, en: EN });
    const plain = pairs.find((p) => p.ptText === "Primeira frase curta.")!;
    expect((await translator.post(`/api/pairs/${plain.id}/split`, { version: plain.version, ptAt: 9, enAt: 0, reason: "page-break" })).status).toBe(422);
    const joined = pairs.find((p) => p.ptText.startsWith("Esta frase"))!;
    const edited = (await translator.patch(`/api/pairs/${joined.id}`, { version: joined.version, ptText: joined.ptText.replace("muito ", "") })).body.pair as Pair;
    expect(edited.pageBreakAt).toBeNull();
    expect((await translator.post(`/api/pairs/${joined.id}/split`, { version: edited.version, ptAt: joined.pageBreakAt, enAt: 0, reason: "page-break" })).status).toBe(422);
  });
});
