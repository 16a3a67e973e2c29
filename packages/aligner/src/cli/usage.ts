import { EXPORT_FORMATS } from "../bitext/bitext-meta.ts";
import type { CommandName } from "./parse-args.ts";

const FORMATS = EXPORT_FORMATS.join("|");

export const USAGE = `usage: alinha <command> [options]

Aligns machine-translated Portuguese with its English original and checks it.

commands:
  align    <pt-file> [<en-file>]   segment, align and check; JSON or any export format
  check    <pt-file>               check the Portuguese alone; a list of flags
  convert  [<file>] --to FORMAT    TMX, XLIFF 1.0–2.0, PO, TSV/CSV (found by content) or text to any format

A file name "-" (and a missing one for convert) is standard input; output goes to standard
output unless -o FILE is given. Options take "--name value" or "--name=value".

  -h, --help      this help, or a command's: alinha <command> --help
  -V, --version   the version

exit codes: 0 done, 1 bad or empty input (the message says why), 2 bad command line`;

const COMMAND_USAGE: Record<CommandName, string> = {
  align: `usage: alinha align <pt-file> [<en-file>] [options]

Segments both texts, aligns them sentence by sentence and runs every check.
Without an English file, the Portuguese is segmented and checked alone.

  -f, --format FORMAT   json (default, the versioned contract) or ${FORMATS}
  -o, --out FILE        write there instead of standard output
      --variant V       pt-BR (default) or pt-PT
  -t, --terms FILE      a JSON list of names/terms the checks look for

example: alinha align a.pt.txt a.en.txt --format=tmx -o a.tmx`,
  check: `usage: alinha check <pt-file> [options]

Checks the Portuguese alone (no English needed) and lists what it finds, one flag a line:
"line:column severity check «text»: message → suggestion". Exit code 0 even with flags.

  -f, --format FORMAT   text (default) or json (the align contract)
  -o, --out FILE        write there instead of standard output
      --variant V       pt-BR (default) or pt-PT
  -t, --terms FILE      a JSON list of names/terms the checks look for

example: cat a.pt.txt | alinha check -`,
  convert: `usage: alinha convert [<file>] --to FORMAT [options]

Reads TMX, XLIFF (1.0, 1.1, 1.2, 2.0), PO or TSV/CSV with en/pt columns (recognised by their
content, in UTF-8 or UTF-16), or a plain Portuguese text, and writes it as FORMAT.

      --to FORMAT       ${FORMATS}
                        (xliff is XLIFF 2.0, xliff12 XLIFF 1.2; docx the clean Portuguese,
                        docx-side the side-by-side table)
      --scope S         all (default) or approved
  -o, --out FILE        write there instead of standard output
      --variant V       pt-BR (default) or pt-PT, for a file that does not say

example: alinha convert memory.tmx --to=po -o memory.po`,
};

export function usageOf(topic?: CommandName): string {
  return topic === undefined ? USAGE : COMMAND_USAGE[topic];
}
