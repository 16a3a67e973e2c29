/**
 * Paragraph-level blocks of an HTML page, as a reader sees them, with an element path that is the
 * same in a page and its translation (both are generated from one source by DocBook, Texinfo or
 * Sphinx, so a translated page has the English page's element tree).
 */
import { parseDocument } from "htmlparser2";
import { isTag, isText, type AnyNode, type Element } from "domhandler";
import type { BlockKind, ExtractedBlock } from "../src/dev/types.ts";

/** Elements whose text is one block; inner blocks (a `p` inside an `li`) make their own. */
const BLOCK_KIND: Record<string, BlockKind> = {
  p: "paragraph", div: "paragraph", blockquote: "paragraph", section: "paragraph", article: "paragraph",
  main: "paragraph", body: "paragraph", figure: "paragraph", center: "paragraph", address: "paragraph",
  li: "list-item", dt: "term", dd: "definition", td: "table-cell", th: "table-cell",
  caption: "caption", figcaption: "caption", pre: "code",
  h1: "heading", h2: "heading", h3: "heading", h4: "heading", h5: "heading", h6: "heading",
};
/** Containers that hold blocks but never text of their own. */
const STRUCTURE = new Set(["ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "tr", "colgroup", "col", "hr", "menu"]);
/** Never text a reader reads as part of the page. */
const NEVER = new Set(["script", "style", "head", "noscript", "template", "iframe", "object", "svg", "math", "map", "button", "select", "input", "textarea", "form", "nav"]);

export interface HtmlBlockOptions {
  /** Page furniture to leave out (navigation bars, sidebars, "¶" header links): true skips the element and all inside it. */
  skip?: (el: Element) => boolean;
  /** The element that holds the text (Sphinx's main column): only it is read, and paths start at it. */
  root?: (el: Element) => boolean;
}

export const classes = (el: Element): string[] => (el.attribs["class"] ?? "").split(/\s+/u).filter(Boolean);

/** The navigation, tables of contents and index terms DocBook's HTML stylesheets wrap around a page's text. */
export const DOCBOOK_FURNITURE: ReadonlySet<string> = new Set(["navheader", "navfooter", "toc", "list-of-figures", "list-of-tables", "list-of-examples", "indexterm"]);
export const isDocbookFurniture = (el: Element): boolean => classes(el).some((c) => DOCBOOK_FURNITURE.has(c));

/** Stands for an inline image while the text is joined; see normalise. */
const IMAGE = "\uFFFC";

/**
 * Inline whitespace as a browser renders it: runs collapse to one space. An inline image (an
 * icon in "click the icon <img>, then") is left out with the space before it when punctuation
 * follows, so leaving it out does not make a "word ," the translator never wrote.
 */
const normalise = (text: string) =>
  text.replace(new RegExp(`[\\s\u00a0]*${IMAGE}+[\\s\u00a0]*(?=[,.;:!?)])`, "gu"), "")
    .replace(new RegExp(`${IMAGE}+`, "gu"), " ")
    .replace(/[\s\u00a0]+/gu, " ").trim();

/**
 * A `pre` keeps its line breaks (it is literal), without the blank lines that would read as
 * paragraph breaks once blocks are joined by blank lines.
 */
const normalisePre = (text: string) =>
  text.replace(/\r\n?/gu, "\n").split("\n").map((l) => l.replace(/[\t ]+$/u, "")).filter((l) => l.trim() !== "").join("\n");

export function extractHtmlBlocks(html: string, options: HtmlBlockOptions = {}): ExtractedBlock[] {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const out: ExtractedBlock[] = [];
  const skip = (el: Element) => NEVER.has(el.name) || (options.skip?.(el) ?? false);

  /** Text of an inline subtree; a nested block element inside inline content is read inline too. */
  const inlineText = (node: AnyNode): string => {
    if (isText(node)) return node.data;
    if (!isTag(node) || skip(node)) return "";
    if (node.name === "br") return " ";
    if (node.name === "img") return IMAGE;
    return node.children.map(inlineText).join("");
  };

  const childPath = (parent: Element, child: Element, parentPath: string) => {
    let n = 0;
    for (const sibling of parent.children) {
      if (isTag(sibling) && sibling.name === child.name) n++;
      if (sibling === child) break;
    }
    return `${parentPath}/${child.name}[${n}]`;
  };

  const isBlock = (el: Element) => el.name in BLOCK_KIND || STRUCTURE.has(el.name);

  const walk = (el: Element, path: string) => {
    if (el.name === "pre") {
      const text = normalisePre(el.children.map(inlineText).join(""));
      if (text) out.push({ path, kind: "code", text });
      return;
    }
    // A stray text run directly inside a list or table is still text the reader sees.
    const kind = STRUCTURE.has(el.name) ? "paragraph" : BLOCK_KIND[el.name] ?? "paragraph";
    // The element's own text runs between its child blocks: one block per run.
    const own: ExtractedBlock[] = [];
    let run: string[] = [];
    const flush = () => {
      const text = normalise(run.join(""));
      run = [];
      if (!text) return;
      const block = { path, kind, text };
      own.push(block);
      out.push(block);
    };
    for (const child of el.children) {
      if (isTag(child) && skip(child)) continue;
      if (isTag(child) && isBlock(child)) {
        flush();
        walk(child, childPath(el, child, path));
      } else run.push(inlineText(child));
    }
    flush();
    // One run is the element itself; several get an index so each keeps its own stable path.
    if (own.length > 1) own.forEach((b, k) => { b.path = `${path}/text()[${k + 1}]`; });
  };

  const findRoot = (nodes: AnyNode[]): Element | undefined => {
    for (const n of nodes) {
      if (!isTag(n)) continue;
      if (options.root!(n)) return n;
      const inner = findRoot(n.children);
      if (inner) return inner;
    }
    return undefined;
  };
  if (options.root) {
    const root = findRoot(doc.children);
    if (root) walk(root, root.name);
    return out;
  }
  const html_ = doc.children.find((n): n is Element => isTag(n) && n.name === "html");
  const body = (html_ ?? doc).children.find((n): n is Element => isTag(n) && n.name === "body");
  if (body) walk(body, "body");
  else for (const child of doc.children) if (isTag(child) && !skip(child)) walk(child, child.name);
  return out;
}
