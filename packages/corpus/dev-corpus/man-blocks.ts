/**
 * Blocks of a man page: rendered by groff (the formatter man itself uses) on one very long line
 * per paragraph, then read back by indentation. Parsing roff by hand would be a second, worse groff.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import type { BlockKind, ExtractedBlock } from "../src/dev/types.ts";

/** Lines this long never wrap: every prose paragraph comes out on one line. */
const LINE_LENGTH = "4000n";
/** Body text sits at 7 spaces; section headings at 0, subsection headings at 3. */
const BODY_INDENT = 5;

/** The page's roff source, or undefined for a `.so` link to another page. */
export function readManSource(path: string): string | undefined {
  const raw = readFileSync(path);
  const text = (path.endsWith(".gz") ? gunzipSync(raw) : raw).toString("utf8");
  return /^\.so\s/mu.test(text.split("\n", 3).join("\n")) && text.length < 200 ? undefined : text;
}

/** groff with tables, UTF-8 in and out, no hyphenation, left-adjusted, no bold or underline, continuous page. */
export function renderMan(source: string): string {
  try {
    return execFileSync("groff", ["-k", "-Kutf8", "-t", "-man", "-Tutf8", "-P-cbou", `-rLL=${LINE_LENGTH}`, "-rHY=0", "-dAD=l", "-rcR=1"], {
      input: source, encoding: "utf8", stdio: ["pipe", "pipe", "ignore"], maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new Error("dev-corpus: man pages need groff (apt-get install groff-base)");
    throw error;
  }
}

const indentOf = (line: string) => line.length - line.trimStart().length;

/**
 * Section headings (indent 0) and subsection headings (under the body indent) are headings; a
 * run of lines at one indent is a literal block (prose never wraps at this line length), a
 * single line is a paragraph. Paths are `s<section>/h` and `s<section>/b<n>`.
 */
export function manBlocks(rendered: string): ExtractedBlock[] {
  const lines = rendered.split("\n").map((l) => l.replace(/\s+$/u, ""));
  const nonBlank = lines.map((l, i) => (l ? i : -1)).filter((i) => i >= 0);
  // The running header and footer ("GLOB(7)  Linux Programmer's Manual  GLOB(7)").
  const first = nonBlank[0];
  const last = nonBlank[nonBlank.length - 1];
  const out: ExtractedBlock[] = [];
  let section = 0;
  let n = 0;
  let run: string[] = [];
  const flush = () => {
    if (!run.length) return;
    const kind: BlockKind = run.length > 1 ? "code" : "paragraph";
    const text = kind === "code"
      ? run.map((l) => l.slice(Math.min(...run.map(indentOf)))).join("\n")
      : run[0]!.trim().replace(/\s+/gu, " ");
    out.push({ path: `s${section}/b${++n}`, kind, text });
    run = [];
  };
  lines.forEach((line, i) => {
    if (i === first || i === last) return;
    if (!line) { flush(); return; }
    const indent = indentOf(line);
    if (indent === 0) {
      flush();
      section++;
      n = 0;
      out.push({ path: `s${section}/h`, kind: "heading", text: line.trim() });
      return;
    }
    if (indent < BODY_INDENT) {
      flush();
      out.push({ path: `s${section}/b${++n}`, kind: "heading", text: line.trim().replace(/\s+/gu, " ") });
      return;
    }
    if (run.length && indentOf(run[0]!) !== indent) flush();
    run.push(line);
  });
  flush();
  return out;
}

/**
 * Sections whose block shapes differ between the two pages (a translation of another version of
 * the page) cannot be paired by position: their Portuguese paths are marked so nothing pairs there.
 * A shape differs more often than the text does: a listing is cut into blocks at every change of
 * indentation, so a translator who re-indents one line of an example (dpkg-architecture(1)'s
 * EXAMPLES: "  else" under "  confflags", where the English has " else" under "   confflags")
 * changes the section's block count, and an extra TRADUÇÃO section moves every later section's
 * number. Those blocks are paired afterwards by their content, in order (pair-gaps.ts).
 */
export function unpairDifferingSections(pt: ExtractedBlock[], en: ExtractedBlock[]): ExtractedBlock[] {
  const shape = (blocks: ExtractedBlock[]) => {
    const m = new Map<string, string>();
    for (const b of blocks) {
      const s = b.path.split("/")[0]!;
      m.set(s, `${m.get(s) ?? ""}${b.kind[0]}`);
    }
    return m;
  };
  const ptShape = shape(pt);
  const enShape = shape(en);
  return pt.map((b) => {
    const s = b.path.split("/")[0]!;
    return ptShape.get(s) === enShape.get(s) ? b : { ...b, path: `${b.path}~unpaired` };
  });
}
