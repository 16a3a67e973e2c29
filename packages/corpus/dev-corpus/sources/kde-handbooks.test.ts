import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { UnpackedPackage } from "../debian.ts";
import { handbookPages, splitCachePages } from "./kde-handbooks.ts";

describe("splitCachePages", () => {
  it("cuts a KDE index.cache into its pages at the FILENAME markers, names without .html, in order", () => {
    const cache =
      `<FILENAME filename="index.html"><html><body><p>Primeira página.</p></body></html></FILENAME>` +
      `<FILENAME filename="using-app.html"><html><body><p>Segunda, com <a href="index.html">ligação</a>.</p></body></html></FILENAME>\n`;
    expect(splitCachePages(cache)).toEqual([
      { name: "index", html: "<html><body><p>Primeira página.</p></body></html>" },
      { name: "using-app", html: `<html><body><p>Segunda, com <a href="index.html">ligação</a>.</p></body></html>` },
    ]);
  });

  it("keeps a page's text that mentions FILENAME without a marker inside the page", () => {
    const cache = `<FILENAME filename="a.html"><p>Set FILENAME to the output.</p></FILENAME><FILENAME filename="b.html"><p>B</p></FILENAME>`;
    expect(splitCachePages(cache).map((p) => p.name)).toEqual(["a", "b"]);
    expect(splitCachePages(cache)[0]!.html).toBe("<p>Set FILENAME to the output.</p>");
  });

  it("takes a page nested inside another out of it: each page is its own text only", () => {
    const cache =
      `<FILENAME filename="index.html"><body><h1>Manual</h1><FILENAME filename="intro.html"><body><p>Introdução.</p></body></FILENAME>` +
      `<p>Rodapé do índice.</p></body></FILENAME><FILENAME filename="end.html"><p>Fim.</p></FILENAME>`;
    expect(splitCachePages(cache)).toEqual([
      { name: "index", html: "<body><h1>Manual</h1><p>Rodapé do índice.</p></body>" },
      { name: "intro", html: "<body><p>Introdução.</p></body>" },
      { name: "end", html: "<p>Fim.</p>" },
    ]);
  });

  it("refuses a cache whose markers do not nest (a truncated or corrupt file)", () => {
    expect(() => splitCachePages(`<FILENAME filename="a.html"><p>A</p>`)).toThrow(/ends inside page a/u);
    expect(() => splitCachePages(`<p>A</p></FILENAME>`)).toThrow(/no page open/u);
  });

  it("reads a book rendered as one fragment (no markers) as one page named index, and an empty cache as none", () => {
    expect(splitCachePages(`<div class="glossary"><dl><dt>Termo</dt></dl></div>`)).toEqual([
      { name: "index", html: `<div class="glossary"><dl><dt>Termo</dt></dl></div>` },
    ]);
    expect(splitCachePages("  \n")).toEqual([]);
  });
});

describe("handbookPages", () => {
  /** A package tree holding one book in English and Brazilian Portuguese, as meinproc ships it. */
  function fakePackage(pages: Record<"en" | "pt_BR", [string, string][]>): UnpackedPackage {
    const root = mkdtempSync(join(tmpdir(), "alinha-handbook-"));
    for (const [lang, list] of Object.entries(pages)) {
      const dir = join(root, "usr/share/doc/HTML", lang, "jogo");
      mkdirSync(dir, { recursive: true });
      const cache = list.map(([name, text]) => `<FILENAME filename="${name}.html"><html><body><p>${text}</p></body></html></FILENAME>`).join("");
      writeFileSync(join(dir, "index.cache.bz2"), execFileSync("bzip2", ["-c"], { input: cache }));
    }
    return { name: "jogo", version: "1", root };
  }

  it("pairs each Portuguese page with the English page of the same name, and leaves out the pages named in leaveOut", () => {
    const pkg = fakePackage({
      en: [["index", "The game."], ["rules", "The rules of an older version."], ["menu", "The menu."]],
      pt_BR: [["index", "O jogo."], ["rules", "As regras."], ["menu", "O menu."]],
    });
    const docs = [...handbookPages(pkg, "pt_BR", ["jogo"], ["jogo/rules"])];
    expect(docs.map((d) => d.name)).toEqual(["jogo.index", "jogo.menu"]);
    expect(docs[1]!.pt.map((b) => b.text)).toEqual(["O menu."]);
    expect(docs[1]!.en?.map((b) => b.text)).toEqual(["The menu."]);
    expect([...handbookPages(pkg, "pt_BR", ["jogo"])].map((d) => d.name)).toEqual(["jogo.index", "jogo.rules", "jogo.menu"]);
  });
});
