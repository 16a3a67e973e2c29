import { describe, expect, it } from "vitest";
import { useTestServer } from "../../../test-support/use-test-server.ts";
import { SAMPLE_EN, SAMPLE_PT } from "../../../test-support/sample.ts";

const server = useTestServer("translator", "editor");
const { translator, editor } = server;

const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en-US" datatype="plaintext"/>
<body>
<tu tuid="a"><note>from the agency</note><tuv xml:lang="en-US"><seg>Hello <bpt i="1">&lt;b&gt;</bpt>world<ept i="1">&lt;/b&gt;</ept>.</seg></tuv><tuv xml:lang="pt-PT"><seg>Olá <bpt i="1">&lt;b&gt;</bpt>mundo<ept i="1">&lt;/b&gt;</ept>.</seg></tuv></tu>
<tu tuid="b"><tuv xml:lang="en-US"><seg>Goodbye.</seg></tuv><tuv xml:lang="pt-PT"><seg>Adeus.</seg></tuv></tu>
</body></tmx>`;

function file(field: string, name: string, bytes: Uint8Array | string, title?: string): FormData {
  const form = new FormData();
  if (title) form.set("title", title);
  form.set(field, new Blob([bytes]), name);
  return form;
}

const pairsOf = async (id: string) => (await translator.get(`/api/documents/${id}/pairs`)).body.pairs as { id: string; ptText: string; enText: string; status: string; version: number; commentCount?: number }[];
const countDocuments = async () => (await translator.get("/api/documents")).body.documents.length as number;

describe("importing files another tool aligned", () => {
  it("imports a TMX uploaded under any name as its pairs, with notes as comments and inline codes as placeholders", async () => {
    const res = await translator.postJob("/api/documents", file("pt", "memory.txt", TMX, "Agency TM"));
    expect(res.status).toBe(201);
    expect(res.body.document).toMatchObject({ title: "Agency TM", hasEnglish: true, pairCount: 2 });
    const pairs = await pairsOf(res.body.document.id);
    expect(pairs.map((p) => [p.enText.replace(/[\uE000-\uF8FF]/g, "¤"), p.ptText.replace(/[\uE000-\uF8FF]/g, "¤")])).toEqual([["Hello ¤world¤.", "Olá ¤mundo¤."], ["Goodbye.", "Adeus."]]);
    const detail = (await translator.get(`/api/pairs/${pairs[0]!.id}`)).body;
    expect(detail.comments.map((c: { body: string }) => c.body)).toEqual(["from the agency"]);
    // The codes go back out as the TMX markup they were.
    const tmx = await translator.get(`/api/documents/${res.body.document.id}/export?format=tmx`);
    expect(tmx.text).toContain(`<seg>Olá <bpt i="1">&lt;b&gt;</bpt>mundo<ept i="1">&lt;/b&gt;</ept>.</seg>`);
  });

  it("imports a UTF-16 XLIFF 1.2 sent as the JSON body's text, and a PO, recognised by content", async () => {
    const xliff = `<?xml version="1.0" encoding="UTF-16"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="pt-BR" datatype="plaintext" original="x"><body><trans-unit id="1" approved="yes"><source>One.</source><target>Um.</target></trans-unit></body></file></xliff>`;
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xliff, "utf16le")]);
    const up = await translator.postJob("/api/documents", file("pt", "a.xlf", utf16));
    expect(up.status).toBe(201);
    expect((await pairsOf(up.body.document.id)).map((p) => `${p.status} ${p.enText}|${p.ptText}`)).toEqual(["approved One.|Um."]);

    const po = `msgid ""\nmsgstr ""\n"Language: pt_BR\\n"\n\nmsgid "Two."\nmsgstr "Dois."\n`;
    const json = await translator.postJob("/api/documents", { title: "From PO", pt: po });
    expect(json.status).toBe(201);
    expect((await pairsOf(json.body.document.id)).map((p) => `${p.enText}|${p.ptText}`)).toEqual(["Two.|Dois."]);
  });

  it("refuses a malformed file naming line and column, other languages naming them, and an entity bomb, storing nothing", async () => {
    const before = await countDocuments();
    const broken = await translator.postJob("/api/documents", file("pt", "x.tmx", TMX.replace("<seg>Adeus.</seg>", "<seg>Adeus.</sag>")));
    expect(broken.status).toBe(422);
    expect(broken.body.detail).toMatch(/line 5, column \d+/);
    expect(broken.body).toMatchObject({ line: 5 });

    const french = await translator.postJob("/api/documents", file("pt", "x.tmx", TMX.replace(/pt-PT/g, "fr-FR")));
    expect(french.status).toBe(422);
    expect(french.body.detail).toContain("en-US → fr-FR");

    const bomb = `<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><tmx version="1.4"><header srclang="en" creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"/><body><tu><tuv xml:lang="en"><seg>&b;</seg></tuv><tuv xml:lang="pt"><seg>x</seg></tuv></tu></body></tmx>`;
    expect((await translator.postJob("/api/documents", file("pt", "bomb.tmx", bomb))).status).toBe(422);
    const external = bomb.replace(`<!ENTITY a "aaaaaaaaaa">`, `<!ENTITY a SYSTEM "file:///etc/passwd">`);
    expect((await translator.postJob("/api/documents", file("pt", "xxe.tmx", external))).status).toBe(422);
    expect(await countDocuments()).toBe(before);
  });
});

describe("exports", () => {
  it("exports every format; approved-only keeps each pair's own id and position", async () => {
    const doc = (await translator.postJob("/api/documents", { title: "Formats", pt: SAMPLE_PT, en: SAMPLE_EN })).body.document;
    const pairs = await pairsOf(doc.id);
    const second = pairs[1]!;
    expect((await editor.post(`/api/pairs/${second.id}/approve`, { version: second.version })).status).toBe(200);
    for (const format of ["tmx", "xliff", "xliff12", "po", "tsv", "csv", "xlsx", "html", "md", "txt", "docx", "docx-side"]) {
      const res = await translator.get(`/api/documents/${doc.id}/export?format=${format}`);
      expect(res.status, format).toBe(200);
    }
    const approved = await translator.get(`/api/documents/${doc.id}/export?format=xliff&scope=approved`);
    expect(approved.text).toContain(`<unit id="u2" name="${second.id}">`);
    expect(approved.text.match(/<unit /g)).toHaveLength(1);
    const xlsx = await translator.get(`/api/documents/${doc.id}/export?format=xlsx`);
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
    expect(xlsx.text.slice(0, 2)).toBe("PK");
  });

  it("exports a Portuguese-only document as text, HTML and DOCX, and says why not as TMX", async () => {
    const doc = (await translator.postJob("/api/documents", { title: "Só português", pt: SAMPLE_PT })).body.document;
    for (const format of ["txt", "html", "docx"]) expect((await translator.get(`/api/documents/${doc.id}/export?format=${format}`)).status, format).toBe(200);
    const tmx = await translator.get(`/api/documents/${doc.id}/export?format=tmx`);
    expect(tmx.status).toBe(422);
    expect(tmx.body.detail).toMatch(/only Portuguese/);
  });
});

describe("re-import", () => {
  it("turns targets changed elsewhere into Edits noting the file, and lists pairs changed here since as conflicts", async () => {
    const doc = (await translator.postJob("/api/documents", { title: "Round trip", pt: SAMPLE_PT, en: SAMPLE_EN })).body.document;
    const pairs = await pairsOf(doc.id);
    const xliff = (await translator.get(`/api/documents/${doc.id}/export?format=xliff12`)).text;
    // Meanwhile in Alinha: the second pair is edited.
    const second = pairs[1]!;
    expect((await translator.patch(`/api/pairs/${second.id}`, { ptText: `${second.ptText} (revisto)`, version: second.version })).status).toBe(200);
    // Elsewhere: the first and second targets are rewritten.
    const target = (p: { ptText: string }) => `<target state="needs-review-translation" state-qualifier="mt-suggestion">${p.ptText.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}</target>`;
    const edited = xliff.replace(target(pairs[0]!), `<target state="translated">Primeira, corrigida.</target>`).replace(target(second), `<target state="translated">Segunda, corrigida.</target>`);
    expect(edited).not.toBe(xliff);
    const accepted = await translator.request("POST", `/api/documents/${doc.id}/reimport`, file("file", "round-trip.xlf", edited));
    // A job (a large file is compared and written off the request's thread).
    expect(accepted.status).toBe(202);
    expect(accepted.body.job).toMatchObject({ kind: "reimport", documentId: doc.id });
    const job = await translator.waitForJob(accepted.body.job.id);
    expect(job.state).toBe("succeeded");
    const res = { body: job.result };
    expect(res.body).toMatchObject({ fileName: "round-trip.xlf", document: { id: doc.id } });
    expect(res.body.edited).toEqual([pairs[0]!.id]);
    expect(res.body.conflicts).toEqual([expect.objectContaining({ pairId: second.id, theirs: "Segunda, corrigida.", ours: `${second.ptText} (revisto)` })]);
    const after = await pairsOf(doc.id);
    expect(after[0]!.ptText).toBe("Primeira, corrigida.");
    expect(after[1]!.ptText).toBe(`${second.ptText} (revisto)`);
    const history = (await translator.get(`/api/pairs/${pairs[0]!.id}`)).body.edits;
    expect(history.at(-1)).toMatchObject({ action: "edit", after: "Primeira, corrigida.", note: "re-imported from round-trip.xlf" });
  });
});
