import { describe, expect, it } from "vitest";
import type { DocumentFlag } from "../../api/types.ts";
import { bulkFix } from "./bulkFix.ts";

const flag = (over: Partial<DocumentFlag>): DocumentFlag => ({ code: "x", family: "casing", severity: "warning", text: "", message: "", suggestion: null, ...over });

describe("bulkFix", () => {
  it("recases a document in lower case", () => {
    expect(bulkFix(flag({ code: "casing-lowercase-document", severity: "error" }))).toEqual({ kind: "recase" });
  });
  it("replaces a finding's text with its suggestion", () => {
    expect(bulkFix(flag({ code: "punctuation-spaced-hyphen-document", text: " - ", suggestion: " — " }))).toEqual({ kind: "replace", find: " - ", replace: " — " });
  });
  it("replaces a word one check flagged all through the document, reported once (the aligner's repeated findings)", () => {
    const finding = flag({ code: "spelling-typo", family: "spelling", text: "caracter", suggestion: "caractere", message: "«caracter» is flagged 9 times in this document: reported once; …" });
    expect(bulkFix(finding)).toEqual({ kind: "replace", find: "caracter", replace: "caractere" });
  });
  it("offers nothing for a finding without a fix", () => {
    expect(bulkFix(flag({ code: "alignment-one-sided", text: "", suggestion: null }))).toBeNull();
    expect(bulkFix(flag({ text: " - ", suggestion: " - " }))).toBeNull();
  });
});
