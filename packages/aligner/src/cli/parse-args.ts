import { BITEXT_FORMATS, type BitextFormat } from "../bitext/index.ts";
import type { PortugueseVariant } from "../types.ts";

export type OutputFormat = "json" | BitextFormat;

export interface AlignCommand {
  ptFile: string;
  enFile?: string;
  format: OutputFormat;
  out?: string;
  variant: PortugueseVariant;
  /** A JSON term list: names the checks look for in their mangled forms, with or without English. */
  terms?: string;
}

export const USAGE = `usage: alinha align <pt-file> [<en-file>] [--format json|${BITEXT_FORMATS.join("|")}] [--out FILE] [--variant pt-BR|pt-PT] [--terms FILE]`;

/** A command line that cannot be run; the message says what is wrong with it. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

export function parseArgs(argv: readonly string[]): AlignCommand {
  const [command, ...rest] = argv;
  if (command !== "align") throw new UsageError(command ? `unknown command "${command}"` : "no command given");
  const files: string[] = [];
  let format: OutputFormat = "json";
  let out: string | undefined;
  let variant: PortugueseVariant = "pt-BR";
  let terms: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const value = () => {
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === "--format") {
      const f = value();
      if (f !== "json" && !(BITEXT_FORMATS as readonly string[]).includes(f)) throw new UsageError(`unknown format "${f}"`);
      format = f as OutputFormat;
    } else if (arg === "--out") out = value();
    else if (arg === "--variant") {
      const v = value();
      if (v !== "pt-BR" && v !== "pt-PT") throw new UsageError(`unknown variant "${v}"`);
      variant = v;
    } else if (arg === "--terms") terms = value();
    else if (arg.startsWith("--")) throw new UsageError(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (files.length === 0) throw new UsageError("the Portuguese file is missing");
  if (files.length > 2) throw new UsageError(`expected at most two files, got ${files.length}`);
  return { ptFile: files[0]!, ...(files[1] ? { enFile: files[1] } : {}), format, ...(out ? { out } : {}), variant, ...(terms ? { terms } : {}) };
}
