import type { BitextReader } from "./bitext-reader.ts";
import type { PairSink, ParsedBitext } from "./parsed-bitext.ts";
import { tmxReader } from "./read-tmx.ts";
import { xliff12Reader } from "./read-xliff12.ts";
import { xliff2Reader } from "./read-xliff2.ts";
import { XLIFF2_NAMESPACE } from "./write-xliff.ts";
import type { ChunkedDocument } from "./chunked-document.ts";
import { formatError, parseXmlTree, rootOf, type XmlElement } from "./xml-tree.ts";

/** 1.2's namespace, and 1.1's (what translate-toolkit's po2xliff writes); 1.0 had a DTD and none. */
const XLIFF1_NAMESPACES = new Set(["urn:oasis:names:tc:xliff:document:1.2", "urn:oasis:names:tc:xliff:document:1.1", ""]);

/** The reader for a root element, known from its name, namespace and version alone. */
function readerFor(root: XmlElement, format: "tmx" | "xliff" | undefined, emit: PairSink | undefined): BitextReader {
  const found = root.name === "tmx" ? "tmx" : root.name === "xliff" ? "xliff" : undefined;
  if (found === undefined || (format !== undefined && found !== format)) {
    throw formatError(root, `expected a <${format ?? "tmx> or <xliff"}> root element, found <${root.name}>`);
  }
  if (found === "tmx") return tmxReader(root, emit);
  const version = root.attrs.version ?? "";
  if (root.uri === XLIFF2_NAMESPACE || version.startsWith("2.")) return xliff2Reader(root, emit);
  if (XLIFF1_NAMESPACES.has(root.uri) && /^1\.[0-2]$/.test(version)) return xliff12Reader(root, emit);
  if (root.uri !== "" && XLIFF1_NAMESPACES.has(root.uri)) return xliff12Reader(root, emit);
  throw formatError(root, `unsupported XLIFF version "${version}" (1.0, 1.1, 1.2 and 2.x are read)`);
}

/**
 * Reads an existing alignment from TMX (1.1–1.4b) or XLIFF (1.0–1.2, 2.x). The format is taken
 * from the root element unless given. Units are read as the parser closes them and dropped, so
 * memory holds the pairs, not the file's tree. Throws `BitextFormatError` (line, column, element
 * path) for a file that is not well-formed or not of that format; milder problems come back as
 * warnings. Given `onPair`, each pair goes to it as its unit is read and the result's `pairs` is
 * empty: with a `ChunkedDocument`, memory then holds neither the file's text nor its pairs.
 */
export function parseBitext(text: string | ChunkedDocument, format?: "tmx" | "xliff", onPair?: PairSink): ParsedBitext {
  let reader: BitextReader | undefined;
  const root = parseXmlTree(text, (element) => {
    const top = rootOf(element);
    // Elements of the root's header close before any unit: they stay in the tree.
    if (element.parent === top) return false;
    reader ??= readerFor(top, format, onPair);
    return element.name === reader.unitName && element.uri === top.uri && reader.unit(element);
  });
  reader ??= readerFor(root, format, onPair);
  return reader.finish();
}
