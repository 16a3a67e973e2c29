import { describe, expect, it } from "vitest";
import { getDocument } from "@alinha/corpus";
import type { Pair } from "../../../contract/index.ts";
import { importedDocument } from "../../../test-support/imported-document.ts";
import { useTestServer } from "../../../test-support/use-test-server.ts";

const server = useTestServer("translator", "editor");
const { translator, editor } = server;

// Written all in lower case, with a stop glued to the next sentence: "aumentam.amodei acredita".
const amodei = getDocument("amodei-ai-unicorn");
const importAmodei = (title: string) => importedDocument(translator, { title, pt: amodei.pt, en: amodei.en });

const codes = (pair: Pair): string[] => pair.flags.map((f) => f.code);
const pairsOf = async (documentId: string): Promise<Pair[]> => (await translator.get(`/api/documents/${documentId}/pairs`)).body.pairs;

/** The pair whose Portuguese follows "aumentam." in the file with no space between. */
const afterGluedStop = (pairs: Pair[]): Pair => pairs.find((p) => p.ptText.startsWith("amodei acredita"))!;

/** An edit that touches neither the pair's first word nor its casing. */
async function reword(pair: Pair): Promise<Pair> {
  const ptText = pair.ptText.replace("provavelmente", "talvez");
  expect(ptText).not.toBe(pair.ptText);
  const res = await translator.patch(`/api/pairs/${pair.id}`, { ptText, version: pair.version });
  expect(res.status).toBe(200);
  return res.body.pair as Pair;
}

describe("a pair checked again after an edit gets the flags the whole document gives it", () => {
  it("does not flag a lower-case sentence start in a document the document-level flag calls all lower case", async () => {
    const doc = await importAmodei("Amodei minúsculo");
    const stored = await server.prisma.document.findUniqueOrThrow({ where: { id: doc.id } });
    expect((JSON.parse(stored.documentFlags) as { code: string }[]).map((f) => f.code)).toContain("casing-lowercase-document");
    const lower = doc.pairs.filter((p) => /^\p{Ll}/u.test(p.ptText) && p.ptText.includes("provavelmente"));
    expect(lower.length).toBeGreaterThan(0);
    for (const pair of lower) {
      expect(codes(pair)).not.toContain("casing-sentence-start");
      const edited = await reword(pair);
      expect(edited.ptText).toMatch(/^\p{Ll}/u);
      expect(codes(edited)).not.toContain("casing-sentence-start");
    }
  });

  it("keeps the missing space after 'aumentam.' through an edit, a merge and a split between the halves", async () => {
    const doc = await importAmodei("Amodei colado");
    const glued = afterGluedStop(doc.pairs);
    expect(glued.flags.find((f) => f.code === "punctuation-missing-space")).toMatchObject({ start: 0, text: "amodei" });

    const edited = await reword(glued);
    expect(edited.flags.find((f) => f.code === "punctuation-missing-space")).toMatchObject({ start: 0, text: "amodei" });

    // Merged with the next pair, the text still starts right after the glued stop.
    const merged = (await translator.post(`/api/pairs/${edited.id}/merge-next`, { version: edited.version })).body.pairs[0] as Pair;
    expect(merged.flags.filter((f) => f.code === "punctuation-missing-space" && f.start === 0)).toHaveLength(1);

    // Split again at a sentence end: the second half follows a space, so only the first keeps the flag.
    const at = merged.ptText.indexOf(". ") + 2;
    const halves = (await translator.post(`/api/pairs/${merged.id}/split`, { version: merged.version, ptAt: at, enAt: merged.enText.length })).body.pairs as Pair[];
    expect(halves).toHaveLength(2);
    expect(codes(halves[0]!)).toContain("punctuation-missing-space");
    expect(halves[1]!.flags.some((f) => f.code === "punctuation-missing-space" && f.start === 0)).toBe(false);

    // A re-check of the whole document agrees with what the edits stored.
    expect((await editor.postJob(`/api/documents/${doc.id}/recheck`)).body.changedPairs).toBe(0);
  });

  it("fills the gaps and the context of a document stored before they were kept, at its re-check", async () => {
    const doc = await importAmodei("Amodei antigo");
    await server.prisma.pair.updateMany({ where: { documentId: doc.id }, data: { gapBefore: null } });
    await server.prisma.document.update({ where: { id: doc.id }, data: { checkContext: null } });

    expect((await editor.postJob(`/api/documents/${doc.id}/recheck`)).body.changedPairs).toBe(0);

    const glued = afterGluedStop(await pairsOf(doc.id));
    const edited = await reword(glued);
    expect(codes(edited)).toContain("punctuation-missing-space");
    expect(codes(edited)).not.toContain("casing-sentence-start");
  });

  it("does not call a sentence omitted when the neighbouring pair's other side says it, through a split, an edit and the re-check", async () => {
    const doc = await importedDocument(translator, {
      title: "Pincéis",
      pt: "Abra a imagem no editor.\n\nSalve a imagem com a extensão gbr na pasta de pincéis do GIMP.",
      en: "Open the image in the editor.\n\nSave the image with the gbr extension in the GIMP brushes folder.",
    });
    const saved = doc.pairs.find((p) => p.ptText.startsWith("Salve"))!;
    expect(saved.enText).toMatch(/^Save/u);
    // Split so that the English stands alone just before its Portuguese, as the aligner sometimes leaves them.
    const halves = (await translator.post(`/api/pairs/${saved.id}/split`, { version: saved.version, ptAt: 0, enAt: saved.enText.length })).body.pairs as Pair[];
    expect(halves.map((p) => [p.ptText === "", p.enText === ""])).toEqual([[true, false], [false, true]]);
    for (const half of halves) expect(codes(half)).not.toContain("omission-empty-side");

    // The Portuguese edited alone is checked with the English beside it, as the whole document checks it.
    const ptOnly = halves[1]!;
    const reworded = (await translator.patch(`/api/pairs/${ptOnly.id}`, { ptText: ptOnly.ptText.replace("Salve", "Grave"), version: ptOnly.version })).body.pair as Pair;
    expect(codes(reworded)).not.toContain("omission-empty-side");
    expect((await editor.postJob(`/api/documents/${doc.id}/recheck`)).body.changedPairs).toBe(0);

    // Portuguese that the English beside it does not say is still an addition.
    const added = (await translator.patch(`/api/pairs/${ptOnly.id}`, { ptText: "O arquivo fica guardado na sua pasta pessoal durante a sessão.", version: reworded.version })).body.pair as Pair;
    expect(codes(added)).toContain("omission-empty-side");
  });
  it("knows a listing's first line after an edit, from the next pair's gap, as the whole document knows it", async () => {
    const doc = await importedDocument(translator, {
      title: "Menu de arranque",
      pt: "O ecrã mostra o logótipo e um menu.\n\nDebian installer boot menu for the system\nGraphical install\n\nEscolha a primeira entrada do menu.",
      en: "The screen shows the logo and a menu.\n\nDebian installer boot menu for the system\nGraphical install\n\nChoose the first entry of the menu.",
    });
    const head = doc.pairs.find((p) => p.ptText.startsWith("Debian installer"))!;
    expect(head.ptText).toBe("Debian installer boot menu for the system");
    expect(codes(head)).not.toContain("untranslated-identical");
    // An edit that leaves it the English word for word (a space at its end): still the listing's first line.
    const edited = (await translator.patch(`/api/pairs/${head.id}`, { ptText: `${head.ptText} `, version: head.version })).body.pair as Pair;
    expect(codes(edited)).not.toContain("untranslated-identical");
    expect((await editor.postJob(`/api/documents/${doc.id}/recheck`)).body.changedPairs).toBe(0);
  });

  it("reports a passage with no English once, on its first sentence, through an edit of a later one and the re-check", async () => {
    const doc = await importedDocument(translator, {
      title: "Ferramentas de pintura",
      // The translator's note closes the paragraph (a paragraph of its own would be a block the English lacks, no addition).
      pt: "Estas ferramentas têm opções especiais de sensibilidade à pressão, que só funcionam com uma mesa digitalizadora. Se você estiver corrigindo fotos, tudo bem usar o mouse. Se você for um ilustrador, considere seriamente adquirir uma mesa digitalizadora num futuro próximo.\n\nAlém do método comum, é possível aplicar as ferramentas de pintura de forma automática.",
      en: "These tools have special pressure sensitivity options, which only work with a graphics tablet.\n\nIn addition to the common method, it is possible to apply the paint tools automatically.",
    });
    const first = doc.pairs.find((p) => p.ptText.startsWith("Se você estiver"))!;
    const second = doc.pairs.find((p) => p.ptText.startsWith("Se você for"))!;
    expect([first.enText, second.enText]).toEqual(["", ""]);
    expect(first.flags.find((f) => f.code === "omission-empty-side")?.message).toMatch(/next pair, to “Se você for um ilustrador/u);
    expect(codes(second)).not.toContain("omission-empty-side");

    // Edited (a space at its end), the passage's later sentence is still the one the document knew: no flag of its own.
    const spaced = (await translator.patch(`/api/pairs/${second.id}`, { ptText: `${second.ptText} `, version: second.version })).body.pair as Pair;
    expect(spaced.ptText).toBe(`${second.ptText} `);
    expect(codes(spaced)).not.toContain("omission-empty-side");
    expect((await editor.postJob(`/api/documents/${doc.id}/recheck`)).body.changedPairs).toBe(0);
  });

  it("knows a paragraph with no English at all is a block of its own, flagged at low confidence only, through an edit and the re-check", async () => {
    const doc = await importedDocument(translator, {
      title: "Energizadores",
      pt: "Existem quatro tipos de energizadores.\n\nO número máximo de minas é aumentado. As minas ficam no lugar onde foram largadas.\n\nOs energizadores desaparecem depois de algum tempo.",
      en: "There are four different powerups.\n\nThe powerups disappear after some time.",
    });
    const first = doc.pairs.find((p) => p.ptText.startsWith("O número"))!;
    const second = doc.pairs.find((p) => p.ptText.startsWith("As minas"))!;
    expect([first.enText, second.enText]).toEqual(["", ""]);
    // Stored for a reviewer who asks (an addition machine translation made is a block too), hidden by default.
    const shownOmissions = (pair: Pair) => pair.flags.filter((f) => f.code === "omission-empty-side" && !f.lowConfidence);
    expect([first, second].flatMap(shownOmissions)).toEqual([]);
    expect([first, second].flatMap((p) => p.flags).some((f) => f.code === "omission-empty-side" && f.lowConfidence)).toBe(true);
    // Its later sentence edited is still part of the block the document knew (the document's context keeps it).
    const edited = (await translator.patch(`/api/pairs/${second.id}`, { ptText: `${second.ptText} `, version: second.version })).body.pair as Pair;
    expect(shownOmissions(edited)).toEqual([]);
    expect((await editor.postJob(`/api/documents/${doc.id}/recheck`)).body.changedPairs).toBe(0);
  });

  it("reports a name the document writes in lower case throughout once, not again on a pair after its edit or the re-check", async () => {
    const doc = await importAmodei("Amodei repetido");
    const stored = await server.prisma.document.findUniqueOrThrow({ where: { id: doc.id } });
    const finding = (JSON.parse(stored.documentFlags) as { code: string; text: string; suggestion?: string; occurrences?: number }[]).find((f) => f.code === "casing-name" && f.text === "dario amodei");
    expect(finding).toMatchObject({ suggestion: "Dario Amodei" });
    expect(finding!.occurrences).toBeGreaterThanOrEqual(3);
    const named = (pair: Pair) => pair.flags.some((f) => f.code === "casing-name" && f.text === "dario amodei");
    const pair = doc.pairs.find((p) => p.ptText.includes("dario amodei"))!;
    expect(named(pair)).toBe(false);
    const res = await translator.patch(`/api/pairs/${pair.id}`, { ptText: `${pair.ptText} Sim.`, version: pair.version });
    expect(res.status).toBe(200);
    expect(named(res.body.pair as Pair)).toBe(false);
    await editor.postJob(`/api/documents/${doc.id}/recheck`);
    expect((await pairsOf(doc.id)).some(named)).toBe(false);
  });
});
