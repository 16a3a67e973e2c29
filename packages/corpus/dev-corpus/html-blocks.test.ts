import { describe, expect, it } from "vitest";
import { classes, extractHtmlBlocks } from "./html-blocks.ts";

const render = (html: string, options = {}) => extractHtmlBlocks(html, options).map((b) => `${b.kind} ${b.path} | ${b.text}`);

describe("extractHtmlBlocks", () => {
  it("gives each paragraph-level element its own block, with the text a reader sees", () => {
    const html = `<html><head><title>Skipped</title></head><body>
      <h2 class="title">1.2. <a id="x"></a>Camadas</h2>
      <p>Use o comando <code>gimp --version</code>   para ver a
         versão.<br/>Fim.</p>
      <ul><li><p>Primeiro item</p></li><li>Segundo &amp; último</li></ul>
      <dl><dt>Ctrl</dt><dd><p>Restringe o ângulo.</p></dd></dl>
      <table><tr><td>célula</td></tr></table>
      <pre>$ ls -l

total 0</pre>
      <script>var x = "<p>not text</p>";</script>
    </body></html>`;
    expect(render(html)).toEqual([
      "heading body/h2[1] | 1.2. Camadas",
      "paragraph body/p[1] | Use o comando gimp --version para ver a versão. Fim.",
      "paragraph body/ul[1]/li[1]/p[1] | Primeiro item",
      "list-item body/ul[1]/li[2] | Segundo & último",
      "term body/dl[1]/dt[1] | Ctrl",
      "paragraph body/dl[1]/dd[1]/p[1] | Restringe o ângulo.",
      "table-cell body/table[1]/tr[1]/td[1] | célula",
      "code body/pre[1] | $ ls -l\ntotal 0",
    ]);
  });

  it("splits an element's own text around its child blocks, each run with its own path", () => {
    expect(render("<body><div>Antes<p>dentro</p>depois</div></body>")).toEqual([
      "paragraph body/div[1]/text()[1] | Antes",
      "paragraph body/div[1]/p[1] | dentro",
      "paragraph body/div[1]/text()[2] | depois",
    ]);
  });

  it("leaves out the furniture a source names, and reads only the root it names", () => {
    const html = `<body><div class="navheader"><p>Anterior</p></div>
      <div id="main"><h1>Título<a class="headerlink">¶</a></h1><p>Texto.</p></div><div id="footer"><p>Idiomas</p></div></body>`;
    expect(render(html, {
      root: (el: Parameters<typeof classes>[0]) => el.attribs["id"] === "main",
      skip: (el: Parameters<typeof classes>[0]) => classes(el).includes("headerlink"),
    })).toEqual(["heading div/h1[1] | Título", "paragraph div/p[1] | Texto."]);
  });

  it("leaves an inline image out without leaving a space before the punctuation after it", () => {
    expect(render('<body><p>Clique no ícone <img src="a.png" alt="x"/>, ou use <img src="b.png"/> o menu.</p></body>')).toEqual([
      "paragraph body/p[1] | Clique no ícone, ou use o menu.",
    ]);
  });

  it("gives the same paths to a page and its translation", () => {
    const en = extractHtmlBlocks("<body><h1>Layers</h1><p>A layer is a sheet.</p></body>");
    const pt = extractHtmlBlocks("<body><h1>Camadas</h1><p>Uma camada é uma folha.</p></body>");
    expect(pt.map((b) => b.path)).toEqual(en.map((b) => b.path));
  });
});
