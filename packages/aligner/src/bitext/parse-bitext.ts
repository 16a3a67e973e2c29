import { formatError, parseXmlTree } from "./xml-tree.ts";
import type { ParsedBitext } from "./parsed-bitext.ts";
import { readTmx } from "./read-tmx.ts";
import { readXliff12 } from "./read-xliff12.ts";
import { readXliff2 } from "./read-xliff2.ts";
import { XLIFF2_NAMESPACE } from "./write-xliff.ts";

/** 1.2's namespace, and 1.1's (what translate-toolkit's po2xliff writes); 1.0 had a DTD and none. */
const XLIFF1_NAMESPACES = new Set(["urn:oasis:names:tc:xliff:document:1.2", "urn:oasis:names:tc:xliff:document:1.1", ""]);

/**
 * Reads an existing alignment from TMX (1.1–1.4b) or XLIFF (1.0–1.2, 2.x). The format is taken from
 * the root element unless given. Throws `BitextFormatError` (line, column, element path) for a
 * file that is not well-formed or not of that format; milder problems come back as warnings.
 */
export function parseBitext(text: string, format?: "tmx" | "xliff"): ParsedBitext {
  const root = parseXmlTree(text);
  const found = root.name === "tmx" ? "tmx" : root.name === "xliff" ? "xliff" : undefined;
  if (found === undefined || (format !== undefined && found !== format)) {
    throw formatError(root, `expected a <${format ?? "tmx> or <xliff"}> root element, found <${root.name}>`);
  }
  if (found === "tmx") return readTmx(root);
  const version = root.attrs.version ?? "";
  if (root.uri === XLIFF2_NAMESPACE || version.startsWith("2.")) return readXliff2(root);
  if (XLIFF1_NAMESPACES.has(root.uri) && /^1\.[0-2]$/.test(version)) return readXliff12(root);
  if (root.uri !== "" && XLIFF1_NAMESPACES.has(root.uri)) return readXliff12(root);
  throw formatError(root, `unsupported XLIFF version "${version}" (1.0, 1.1, 1.2 and 2.x are read)`);
}
