import { BitextFormatError } from "./bitext-format-error.ts";

/** One entry of a gettext catalogue, as far as Alinha reads it. */
export interface PoEntry {
  msgctxt?: string;
  msgid: string;
  msgidPlural?: string;
  /** msgstr, or msgstr[0], msgstr[1]… of a plural entry. */
  msgstr: string[];
  /** Translator comments (`# …`). */
  comments: string[];
  /** Extracted comments (`#. …`). */
  extracted: string[];
  flags: Set<string>;
  obsolete: boolean;
  /** 1-based line of the entry's msgid, for messages. */
  line: number;
}

const ESCAPES: Record<string, string> = { n: "\n", t: "\t", r: "\r", '"': '"', "\\": "\\", a: "\x07", b: "\b", f: "\f", v: "\v" };

/** A PO string literal's content, its C escapes undone (octal and hex included). */
function unquote(line: string, at: number, lineNo: number): string {
  const open = line.indexOf('"', at);
  const close = line.lastIndexOf('"');
  if (open < 0 || close <= open) throw new BitextFormatError("expected a quoted string", lineNo, at + 1, "");
  const body = line.slice(open + 1, close);
  if (!body.includes("\\")) return body;
  return body.replace(/\\(?:([0-7]{1,3})|x([0-9a-fA-F]{1,2})|(.))/g, (whole, oct: string | undefined, hex: string | undefined, c: string | undefined) => {
    if (oct !== undefined) return String.fromCharCode(Number.parseInt(oct, 8));
    if (hex !== undefined) return String.fromCharCode(Number.parseInt(hex, 16));
    return ESCAPES[c ?? ""] ?? whole;
  });
}

/** The lines of a text, as `text.split("\n")` gives them, one at a time. */
export function* splitLines(text: string): Generator<string> {
  let start = 0;
  for (let end = text.indexOf("\n"); end >= 0; end = text.indexOf("\n", start)) {
    yield text.slice(start, end);
    start = end + 1;
  }
  yield text.slice(start);
}

const KEYWORD = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s/;

/**
 * Reads the entries of a PO file line by line, in one pass. Written here rather than taken
 * from `pofile`, which needed 294 s for a 100,000-entry catalogue (its string building is
 * quadratic); the format is a handful of line kinds (GNU gettext manual, "The Format of PO
 * Files"). A line that is none of them throws `BitextFormatError` with its line and column.
 */
export function* poEntries(text: string | Iterable<string>): Generator<PoEntry> {
  let entry: PoEntry | undefined;
  let field: { set: (more: string) => void } | undefined;
  const fresh = (): PoEntry => ({ msgid: "", msgstr: [], comments: [], extracted: [], flags: new Set(), obsolete: false, line: 0 });
  let pending = fresh();
  let hasKeyword = false;
  let lineNo = 0;
  const finish = function* () {
    if (hasKeyword && entry !== undefined) yield entry;
    entry = undefined;
    hasKeyword = false;
    field = undefined;
    pending = fresh();
  };
  for (let line of typeof text === "string" ? splitLines(text) : text) {
    if (line.endsWith("\r")) line = line.slice(0, -1);
    lineNo++;
    const trimmed = line.trimStart();
    if (trimmed === "") {
      yield* finish();
      continue;
    }
    let obsolete = false;
    let content = trimmed;
    if (content.startsWith("#~")) {
      obsolete = true;
      content = content.slice(2).trimStart();
      if (content === "") continue;
    }
    if (content.startsWith("#")) {
      // A comment after the strings starts the next entry.
      if (hasKeyword) yield* finish();
      const kind = content[1];
      const rest = content.slice(2).trim();
      if (kind === ".") pending.extracted.push(rest);
      else if (kind === ",") for (const flag of rest.split(",")) pending.flags.add(flag.trim());
      else if (kind === ":" || kind === "|") { /* references and previous strings: not read */ }
      else pending.comments.push(content.slice(1).replace(/^ /, ""));
      continue;
    }
    if (content.startsWith('"')) {
      if (field === undefined) throw new BitextFormatError("a string continues no msgid or msgstr", lineNo, line.indexOf('"') + 1, "");
      field.set(unquote(content, 0, lineNo));
      continue;
    }
    const m = KEYWORD.exec(content);
    if (m === null) throw new BitextFormatError(`unexpected "${content.slice(0, 20)}"`, lineNo, line.length - trimmed.length + 1, "");
    const keyword = m[1]!;
    // A new msgctxt or msgid after a msgstr is the next entry, even without a blank line.
    if ((keyword === "msgctxt" || keyword === "msgid") && entry !== undefined && entry.msgstr.length > 0) yield* finish();
    entry ??= pending;
    entry.obsolete ||= obsolete;
    hasKeyword = true;
    const value = unquote(content, m[0].length, lineNo);
    const e = entry;
    if (keyword === "msgctxt") {
      e.msgctxt = value;
      field = { set: (more) => (e.msgctxt += more) };
    } else if (keyword === "msgid") {
      e.msgid = value;
      e.line = lineNo;
      field = { set: (more) => (e.msgid += more) };
    } else if (keyword === "msgid_plural") {
      e.msgidPlural = value;
      field = { set: (more) => (e.msgidPlural += more) };
    } else {
      const k = m[2] === undefined ? 0 : Number(m[2]);
      e.msgstr[k] = value;
      field = { set: (more) => (e.msgstr[k] += more) };
    }
  }
  yield* finish();
}
