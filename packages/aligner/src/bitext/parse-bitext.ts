import { formatError, parseXmlTree } from "./xml-tree.ts";
import type { ParsedBitext } from "./parsed-bitext.ts";
import { readTmx } from "./read-tmx.ts";
import { readXliff12 } from "./read-xliff12.ts";
import { readXliff2 } from "./read-xliff2.ts";
import { XLIFF2_NAMESPACE } from "./write-xliff.ts";

const XLIFF12_NAMESPACE = "urn:oasis:names:tc:xliff:document:1.2";

/**
 * Reads an existing alignment from TMX (1.1–1.4b) or XLIFF (1.2, 2.x). The format is taken from
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
  if (root.uri === XLIFF12_NAMESPACE || version === "1.2") return readXliff12(root);
  throw formatError(root, `unsupported XLIFF version "${version}" (1.2 and 2.x are read)`);
}
