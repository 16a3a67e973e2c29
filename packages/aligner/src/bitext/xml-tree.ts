import { SaxesParser, type SaxesTagPlain } from "saxes";
import { BitextFormatError } from "./bitext-format-error.ts";
import type { ChunkedDocument } from "./chunked-document.ts";

/** An element as the bitext readers need it: names, attributes, children and where it was. */
export interface XmlElement {
  /** Local name; the namespace is in `uri`. */
  name: string;
  uri: string;
  /** Keyed by the qualified name as written, e.g. "xml:lang". */
  attrs: Record<string, string>;
  children: XmlNode[];
  /** Position of its "<" in the source; `locate` turns it into a line and column. */
  offset: number;
  /** Position just after its end tag (or "/>"): `source.slice(offset, end)` is the element as written. */
  end: number;
  source: XmlSource;
  parent: XmlElement | undefined;
  /** E.g. "/tmx/body/tu[3]": the n-th sibling of that name, 1-based. Worked out when asked for. */
  readonly path: string;
}

/**
 * An element's path is only needed for an error or a warning, so it is worked out from the
 * parent chain when asked for: a path string (and a map of sibling counts) for every element
 * of a 100,000-unit file was most of the import's time, in garbage collection.
 */
class Element implements XmlElement {
  children: XmlNode[] = [];
  end: number;
  constructor(
    readonly name: string,
    readonly uri: string,
    readonly attrs: Record<string, string>,
    readonly offset: number,
    readonly source: XmlSource,
    readonly parent: XmlElement | undefined,
  ) {
    this.end = offset;
  }

  get path(): string {
    if (this.parent === undefined) return `/${this.name}`;
    let n = 0;
    for (const sibling of this.parent.children) {
      if (typeof sibling !== "string" && sibling.name === this.name) n++;
      if (sibling === this) break;
    }
    return `${this.parent.path}/${this.name}[${n}]`;
  }
}

export type XmlNode = XmlElement | string;

/**
 * The parsed document, whole (`string`) or read chunk by chunk from its bytes (`ChunkedDocument`),
 * with its line starts found once and only if some position is asked for. Positions are UTF-16
 * offsets into the whole text either way.
 */
export class XmlSource {
  private lineStarts: number[] | undefined;
  /** Namespace prefixes used without a declaration (CAT tools' extensions: `memsource:`, `m:`). */
  readonly unboundPrefixes = new Set<string>();
  constructor(private readonly content: string | ChunkedDocument) {}

  /** 1-based line and column; the column counts characters, as editors do, not UTF-16 units. */
  locate(offset: number): { line: number; column: number } {
    const text = this.content;
    if (typeof text !== "string") return text.locate(offset);
    this.lineStarts ??= [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = starts[lo] ?? 0;
    return { line: lo + 1, column: [...text.slice(lineStart, offset)].length + 1 };
  }

  /** The document as written between two positions, e.g. an element's markup. */
  slice(offset: number, end: number): string {
    return this.content.slice(offset, end);
  }
}

/** The document element an element belongs to. */
export function rootOf(element: XmlElement): XmlElement {
  let e = element;
  while (e.parent !== undefined) e = e.parent;
  return e;
}

export function locate(element: XmlElement): { line: number; column: number } {
  return element.source.locate(element.offset);
}

type Namespaces = Map<string, string>;
/** Bound in every document (Namespaces in XML §3): `xml:lang`, `xml:space`. */
const ROOT_NAMESPACES: Namespaces = new Map([["xml", "http://www.w3.org/XML/1998/namespace"], ["xmlns", "http://www.w3.org/2000/xmlns/"]]);

/** The made-up namespace of an undeclared prefix. */
export const UNBOUND_PREFIX_URI = "urn:x-alinha-undeclared-prefix:";

/** The warning a reader adds when the file used prefixes it never declared. */
export function unboundPrefixWarnings(root: XmlElement): string[] {
  const prefixes = [...root.source.unboundPrefixes];
  return prefixes.length === 0 ? [] : [`undeclared namespace prefix(es) ${prefixes.map((p) => `"${p}:"`).join(", ")}: their elements and attributes were ignored`];
}

// saxes accepts a lone high surrogate followed by a non-surrogate (it computes a bogus code
// point and only checks the upper bound), so they are looked for before parsing.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Called as each element closes; returning true takes the element out of the tree. The bitext
 * readers read each unit as it closes and let it go, so a 100,000-unit file is never held as
 * one tree (that tree, kept alive to the end, cost most of the import in garbage collection).
 */
export type OnClose = (element: XmlElement) => boolean;

/**
 * Parses a document with saxes, a conforming XML 1.0 parser with namespaces, into a tree (less
 * what `onClose` takes out). A `ChunkedDocument` is fed to saxes a chunk at a time. Not
 * well-formed input throws `BitextFormatError` at the first error, with the path of the element
 * that was open there.
 */
export function parseXmlTree(text: string | ChunkedDocument, onClose?: OnClose): XmlElement {
  const source = new XmlSource(text);
  // A ChunkedDocument holds none: UTF-8 was checked, UTF-16 is decoded fatally, cp1252 cannot encode one.
  const lone = typeof text !== "string" || (text as string & { isWellFormed(): boolean }).isWellFormed() ? null : LONE_SURROGATE.exec(text);
  if (lone !== null) {
    const { line, column } = source.locate(lone.index);
    throw new BitextFormatError("lone surrogate: not a Unicode character", line, column, "");
  }
  // Namespaces are resolved here, not by saxes: its namespace mode makes an object for every
  // attribute and every prefix it meets, which was a third of a 100,000-unit import. An undeclared
  // prefix is a namespace error (Namespaces in XML §5), not a well-formedness one, and other tools
  // write them on their extension elements: each gets a namespace of its own that no reader looks
  // at, and the readers warn that it was there.
  const resolvePrefix = (prefix: string, scope: Namespaces) => {
    const uri = scope.get(prefix);
    if (uri !== undefined) return uri;
    source.unboundPrefixes.add(prefix);
    return `${UNBOUND_PREFIX_URI}${prefix}`;
  };
  const parser = new SaxesParser({ xmlns: false, position: true });
  /** The bindings in force in each open element (shared with the parent until one declares some). */
  const scopes: Namespaces[] = [ROOT_NAMESPACES];
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let start = 0;
  let lastClosed: XmlElement | undefined;

  const currentPath = () => stack.at(-1)?.path ?? "";
  parser.on("error", (err) => {
    // saxes prefixes its message with "line:column: "; the error carries those as fields.
    const reason = err.message.replace(/^\d+:\d+: /, "");
    // saxes closes the elements a wrong close tag skips before complaining: name the one left open.
    if (reason === "unexpected close tag." && lastClosed !== undefined) {
      const opened = locate(lastClosed);
      const detail = `unexpected close tag: <${lastClosed.name}> (line ${opened.line}, column ${opened.column}) is not closed`;
      throw new BitextFormatError(detail, parser.line, parser.column + 1, lastClosed.path);
    }
    throw new BitextFormatError(reason, parser.line, parser.column + 1, currentPath());
  });
  parser.on("opentagstart", (tag) => {
    // Reported once the character after the name is read: step back over it and "<name".
    start = parser.position - tag.name.length - 2;
  });
  parser.on("opentag", (tag: SaxesTagPlain) => {
    let scope = scopes[scopes.length - 1]!;
    // saxes makes a fresh attribute object for each tag: it becomes the element's, less the
    // declarations. Prefixed attributes are kept by the name written (e.g. "xml:lang"); an
    // undeclared prefix is noted for the warning. Unprefixed attributes have no namespace.
    const attrs = tag.attributes;
    let prefixed = false;
    for (const name in attrs) {
      if (name === "xmlns" || name.startsWith("xmlns:")) {
        if (scope === scopes[scopes.length - 1]) scope = new Map(scope);
        scope.set(name === "xmlns" ? "" : name.slice(6), attrs[name]!);
        delete attrs[name];
      } else if (name.includes(":")) prefixed = true;
    }
    scopes.push(scope);
    // After the declarations: an attribute may come before the one that binds its prefix.
    if (prefixed) for (const name in attrs) if (name.includes(":")) resolvePrefix(name.slice(0, name.indexOf(":")), scope);
    const colon = tag.name.indexOf(":");
    const local = colon < 0 ? tag.name : tag.name.slice(colon + 1);
    const uri = colon < 0 ? (scope.get("") ?? "") : resolvePrefix(tag.name.slice(0, colon), scope);
    const parent = stack.at(-1);
    const element = new Element(local, uri, attrs, start, source, parent);
    parent?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  parser.on("closetag", () => {
    lastClosed = stack.pop();
    if (lastClosed === undefined) return;
    scopes.pop();
    lastClosed.end = parser.position;
    const parent = lastClosed.parent;
    if (onClose !== undefined && parent !== undefined && onClose(lastClosed)) {
      const siblings = parent.children;
      if (siblings.at(-1) === lastClosed) siblings.pop();
      // The layout between units goes too: nothing reads it.
      if (typeof siblings.at(-1) === "string" && (siblings.at(-1) as string).trim() === "") siblings.pop();
    }
  });
  const addText = (t: string) => {
    const parent = stack.at(-1);
    if (parent !== undefined) parent.children.push(t);
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  if (typeof text === "string") parser.write(text);
  else for (const chunk of text.chunks()) parser.write(chunk);
  parser.close();
  if (root === undefined) throw new BitextFormatError("no root element", parser.line, parser.column + 1, "");
  return root;
}

/** Child elements of one name in the same namespace as their parent (extensions are skipped). */
export function childElements(parent: XmlElement, name: string): XmlElement[] {
  return parent.children.filter((c): c is XmlElement => typeof c !== "string" && c.name === name && c.uri === parent.uri);
}

export function formatError(element: XmlElement, reason: string): BitextFormatError {
  const { line, column } = locate(element);
  return new BitextFormatError(reason, line, column, element.path);
}

/**
 * A string the reader keeps (a segment, a note, an id) as a copy of its own. The parser's text
 * comes as slices of the whole file's string, or, split at every entity ("R&amp;D" is three), as
 * a rope of such slices: kept as they are, one pair's texts keep the whole file alive (100 MB of
 * UTF-16 for a 50 MB TMX) and each pair holds a dozen small strings for the collector to copy
 * and promote. Appending a character and cutting it off makes V8 copy the text once into a flat
 * string of its own (strings this short are copied anyway).
 */
export function detached(text: string): string {
  return text.length < 13 ? text : `${text}\0`.slice(0, -1);
}

/** An element's own text, without that of the elements inside it (notes, TMX props). */
export function ownText(element: XmlElement): string {
  let text = "";
  for (const c of element.children) if (typeof c === "string") text += c;
  return text;
}
