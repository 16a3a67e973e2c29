import { describe, expect, it } from "vitest";
import { segmentText } from "../segment/index.ts";
import type { Segment } from "../types.ts";
import { alignSegments } from "./align-segments.ts";
import { REVIEW_THRESHOLD } from "./confidence.ts";
import { anchorConflict } from "./hard-anchors.ts";
import { hardKind, holdsPiece, isAddressHost, isSectionNumber, LITERAL, NAME, NOT_HARD, opensSentence, tokenPieces } from "./hard-tokens.ts";
import { extractFeatures, KeyTable } from "./segment-features.ts";

const segs = (texts: string[]): Segment[] => segmentText(texts.join("\n\n")).segments;

/** Whether 1-1 pair (p, e) of two documents, one sentence a paragraph, has anchors that contradict. */
function contradicts(pt: string[], en: string[], p: number, e: number): boolean {
  const keys = new KeyTable();
  const a = extractFeatures(segs(pt), "pt", keys);
  const b = extractFeatures(segs(en), "en", keys);
  const { ptOnly, enOnly } = anchorConflict(a, b, p, p + 1, e, e + 1);
  return ptOnly > 0 && enOnly > 0;
}

describe("hard anchors that contradict", () => {
  const pt = ["Veja o manual Learning para começar.", "Os detalhes estão no Glossary.", "O manual Notation descreve tudo."];

  it("finds names each side has and the other lacks, when the other document has them ('Glossary' ⇄ 'Notation')", () => {
    const en = ["See the Learning manual to get started.", "The details are in the Notation.", "The Glossary manual describes everything."];
    expect(contradicts(pt, en, 1, 1)).toBe(true);
    expect(contradicts(pt, en, 0, 0)).toBe(false);
  });

  it("finds two addresses that differ, though neither document has the other's ('lilybin.com' ⇄ 'omet.ca')", () => {
    expect(contradicts(["Editores online:", "http://lilybin.com"], ["Online editors:", "http://www.omet.ca/"], 1, 1)).toBe(true);
    expect(contradicts(["Editores online:", "http://lilybin.com"], ["Online editors:", "http://lilybin.com/"], 1, 1)).toBe(false);
  });

  // Near misses: translation does these all the time.
  it("does not count a name the other document lacks (a translated name, another version's word)", () => {
    expect(contradicts(["O sistema de alternativas do Debian resolve isto."], ["The Alternatives system solves this."], 0, 0)).toBe(false);
  });

  it("does not count a name one side has alone ('o APT' for 'apt', a name left out)", () => {
    const en = ["See the Learning manual to get started.", "The details are there.", "The Glossary manual describes everything."];
    expect(contradicts(pt, en, 1, 1)).toBe(false);
  });

  it("does not count a path whose placeholder is translated ('debian/pacote.install' ⇄ 'debian/package.install')", () => {
    expect(contradicts(["debian/pacote.install", "O pacote é instalado."], ["debian/package.install", "The package is installed."], 0, 0)).toBe(false);
  });

  it("does not count the capitals of a title or a heading ('Gestão de Volumes Lógicos' ⇄ 'Logical Volume Management')", () => {
    const ptDoc = ["GESTÃO DE VOLUMES LÓGICOS", "O Logical Volume Management junta discos.", "Use Volumes e Management com cuidado."];
    const enDoc = ["LOGICAL VOLUME MANAGEMENT", "Logical Volume Management joins disks.", "Use Volumes and Management with care."];
    expect(contradicts(ptDoc, enDoc, 0, 0)).toBe(false);
  });

  it("does not count a section number the English headings lack ('14.20.3.2. Opções' ⇄ 'Options')", () => {
    expect(contradicts(["14.20.3.2. Opções do filtro Explorer", "Veja 14 e 20."], ["Explorer filter options", "See 14 and 20."], 0, 0)).toBe(false);
  });
});

describe("pieces of a hard anchor", () => {
  it("meet across plurals, units and joiners", () => {
    expect(tokenPieces("cds")).toEqual(["cd"]);
    expect(tokenPieces("300gb")).toEqual(["300", "gb"]);
    expect(tokenPieces("ucs-2")).toEqual(["uc", "2"]);
    expect(tokenPieces("ucs")).toEqual(["uc"]);
    expect(tokenPieces("www.omet.ca")).toEqual(["omet", "ca"]);
    expect(holdsPiece("nome em “glossary” e cds", "glossary")).toBe(true);
    expect(holdsPiece("nome em “glossary” e cds", "cd")).toBe(true);
    expect(holdsPiece("um disco de 300gb", "300")).toBe(true);
    expect(holdsPiece("glossaryx e cdrom", "glossary")).toBe(false);
    expect(holdsPiece("glossaryx e cdrom", "cd")).toBe(false);
    expect(holdsPiece("versao 3100", "31")).toBe(false);
    expect(hardKind("handL0k")).toBe(LITERAL);
    expect(hardKind("Glossary")).toBe(NAME);
    expect(hardKind("glossário")).toBe(NOT_HARD);
  });

  it("know a sentence's first capital, a section number and an address's host", () => {
    const text = "Veja: “Glossary” e Debian.";
    expect(opensSentence(text, text.indexOf("Glossary"))).toBe(true);
    expect(opensSentence(text, text.indexOf("Debian"))).toBe(false);
    expect(isSectionNumber("14.20.3. Opções", 0, 7)).toBe(true);
    expect(isSectionNumber("1024 cilindros", 0, 4)).toBe(false);
    const url = "http://lilybin.com e dwheeler@ida.org";
    expect(isAddressHost(url, url.indexOf("lilybin"))).toBe(true);
    expect(isAddressHost(url, url.indexOf("ida"))).toBe(true);
    expect(isAddressHost(url, url.indexOf("dwheeler"))).toBe(false);
  });
});

describe("the confidence of a pair whose anchors contradict", () => {
  it("sends it to review however well the rest of its words match, and leaves its neighbours alone", () => {
    const pt = ["Editores online para o LilyPond:", "Veja http://lilybin.com para editar partituras no navegador.", "Todos são gratuitos."];
    const en = ["Online editors for LilyPond:", "See http://www.omet.ca/ to edit scores in the browser.", "All of them are free."];
    const beads = alignSegments(segs(pt), segs(en));
    expect(beads.map((b) => `${b.pt.join(",")}-${b.en.join(",")}`)).toEqual(["0-0", "1-1", "2-2"]);
    expect(beads[1]!.confidence).toBeLessThan(REVIEW_THRESHOLD);
    expect(beads[0]!.confidence).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
    expect(beads[2]!.confidence).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
    // The same pair with one address on both sides is sure.
    const same = alignSegments(segs(pt), segs(en.map((t) => t.replace("www.omet.ca/", "lilybin.com"))));
    expect(same[1]!.confidence).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
  });
});
