import { existsSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { corpusFilePath, getDocument, getDocumentBytes, listDocuments, loadTerms } from "./index.ts";
import { countWords, loadJunkLines, withoutJunk } from "./word-count.ts";

// CI clones the repo with shared/ beside it; a developer's checkout has it in the same place.
const seedsDir = new URL("../../../../shared/seeds/", import.meta.url);

describe("built-in documents", () => {
  test("there are three, each with Portuguese and an English draft labelled as a draft", () => {
    const docs = listDocuments();
    expect(docs).toHaveLength(3);
    for (const meta of docs) {
      expect(meta.enKind).toBe("draft");
      const doc = getDocument(meta.id);
      expect(doc.pt.length).toBeGreaterThan(1000);
      expect(doc.en.length).toBeGreaterThan(1000);
    }
  });

  test("one document records that its translation went through Chinese", () => {
    expect(listDocuments().some((d) => d.translationPath.includes("zh"))).toBe(true);
  });

  test.runIf(existsSync(seedsDir))("the Portuguese is byte-identical to the seeds", () => {
    for (const meta of listDocuments()) {
      const seed = readFileSync(new URL(meta.ptFile, seedsDir));
      expect(Buffer.compare(Buffer.from(getDocumentBytes(meta.id)), seed), meta.ptFile).toBe(0);
    }
  });

  test("the Portuguese files are the ones whose hashes were recorded when they were copied", async () => {
    const { createHash } = await import("node:crypto");
    const recorded = JSON.parse(readFileSync(corpusFilePath("sha256.json"), "utf8")) as Record<string, string>;
    for (const meta of listDocuments()) {
      const hash = createHash("sha256").update(getDocumentBytes(meta.id)).digest("hex");
      expect(hash, meta.ptFile).toBe(recorded[meta.ptFile]);
    }
  });

  test("each English draft has at least 0.75 times the words of its Portuguese, junk lines aside", () => {
    for (const meta of listDocuments()) {
      const doc = getDocument(meta.id);
      const ptWords = countWords(withoutJunk(doc.pt, loadJunkLines(meta.id)));
      const enWords = countWords(doc.en);
      expect(enWords / ptWords, `${meta.id}: ${enWords} EN words for ${ptWords} PT words`).toBeGreaterThanOrEqual(0.75);
    }
  });

  test("junk lines named for a document really occur in it", () => {
    for (const meta of listDocuments()) {
      const lines = new Set(getDocument(meta.id).pt.split(/\r?\n/).map((l) => l.trim()));
      for (const junk of loadJunkLines(meta.id)) expect(lines.has(junk), `${meta.id}: ${junk}`).toBe(true);
    }
  });
});

describe("term list", () => {
  test("is not empty and every kind is one of the five", () => {
    const terms = loadTerms();
    expect(terms.length).toBeGreaterThanOrEqual(30);
    for (const t of terms) expect(["person", "organisation", "product", "model", "publication"]).toContain(t.kind);
  });

  test("every term occurs in the English draft of some document", () => {
    const drafts = listDocuments().map((m) => getDocument(m.id).en);
    const missing = loadTerms().filter((t) => !drafts.some((en) => en.includes(t.term)));
    expect(missing.map((t) => t.term)).toEqual([]);
  });

  test("every term names the documents it occurs in, and occurs in each", () => {
    for (const t of loadTerms()) {
      expect(t.documents.length, t.term).toBeGreaterThan(0);
      for (const id of t.documents) expect(getDocument(id).en, `${t.term} in ${id}`).toContain(t.term);
    }
  });
});
