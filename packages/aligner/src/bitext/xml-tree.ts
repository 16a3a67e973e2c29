import { SaxesParser, type SaxesTagNS } from "saxes";
import { BitextFormatError } from "./bitext-format-error.ts";

/** An element as the bitext readers need it: names, attributes, children and where it was. */
export interface XmlElement {
  /** Local name; the namespace is in `uri`. */
  name: string;
  uri: string;
  /** Keyed by the qualified name as written, e.g. "xml:lang". */
  attrs: Record<string, string>;
  children: XmlNode[];
  line: number;
  column: number;
  /** E.g. "/tmx/body/tu[3]": the n-th sibling of that name, 1-based. */
  path: string;
}

export type XmlNode = XmlElement | string;

// saxes accepts a lone high surrogate followed by a non-surrogate (it computes a bogus code
// point and only checks the upper bound), so they are looked for before parsing.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function positionOf(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: [...before.slice(lineStart)].length + 1 };
}

/**
 * Parses a whole document into a tree with saxes, a conforming XML 1.0 parser with namespaces.
 * Not well-formed input throws `BitextFormatError` at the first error, with the path of the
 * element that was open there.
 */
export function parseXmlTree(text: string): XmlElement {
  const lone = LONE_SURROGATE.exec(text);
  if (lone !== null) {
    const { line, column } = positionOf(text, lone.index);
    throw new BitextFormatError("lone surrogate: not a Unicode character", line, column, "");
  }
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  const siblingCounts: Map<string, number>[] = [new Map()];
  let root: XmlElement | undefined;
  let start = { line: 1, column: 1 };

  const currentPath = () => stack.at(-1)?.path ?? "";
  parser.on("error", (err) => {
    // saxes prefixes its message with "line:column: "; the error carries those as fields.
    const reason = err.message.replace(/^\d+:\d+: /, "");
    throw new BitextFormatError(reason, parser.line, parser.column + 1, currentPath());
  });
  parser.on("opentagstart", (tag) => {
    // Reported just after the name: step back over "<name" to point at the "<".
    start = { line: parser.line, column: parser.column - tag.name.length };
  });
  parser.on("opentag", (tag: SaxesTagNS) => {
    const counts = siblingCounts.at(-1) ?? new Map<string, number>();
    const n = (counts.get(tag.local) ?? 0) + 1;
    counts.set(tag.local, n);
    const attrs: Record<string, string> = {};
    for (const attr of Object.values(tag.attributes)) {
      if (attr.prefix !== "xmlns" && attr.name !== "xmlns") attrs[attr.name] = attr.value;
    }
    const element: XmlElement = {
      name: tag.local,
      uri: tag.uri,
      attrs,
      children: [],
      ...start,
      path: stack.length === 0 ? `/${tag.local}` : `${currentPath()}/${tag.local}[${n}]`,
    };
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
    siblingCounts.push(new Map());
  });
  parser.on("closetag", () => {
    stack.pop();
    siblingCounts.pop();
  });
  const addText = (t: string) => {
    const parent = stack.at(-1);
    if (parent !== undefined) parent.children.push(t);
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  parser.write(text).close();
  if (root === undefined) throw new BitextFormatError("no root element", parser.line, parser.column + 1, "");
  return root;
}

/** Child elements of one name in the same namespace as their parent (extensions are skipped). */
export function childElements(parent: XmlElement, name: string): XmlElement[] {
  return parent.children.filter((c): c is XmlElement => typeof c !== "string" && c.name === name && c.uri === parent.uri);
}

export function formatError(element: XmlElement, reason: string): BitextFormatError {
  return new BitextFormatError(reason, element.line, element.column, element.path);
}
