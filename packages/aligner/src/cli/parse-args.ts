import { parseArgs as parseNodeArgs, type ParseArgsConfig } from "node:util";
import { EXPORT_FORMATS, type ExportFormat } from "../bitext/bitext-meta.ts";
import type { PortugueseVariant } from "../types.ts";

export type OutputFormat = "json" | ExportFormat;
export type CheckFormat = "text" | "json";
export type CommandName = "align" | "check" | "convert";

interface Common {
  /** "-" or absent: standard output. */
  out?: string;
  variant: PortugueseVariant;
}

export interface AlignCommand extends Common {
  command: "align";
  ptFile: string;
  enFile?: string;
  format: OutputFormat;
  /** A JSON term list: names the checks look for in their mangled forms, with or without English. */
  terms?: string;
}

export interface CheckCommand extends Common {
  command: "check";
  ptFile: string;
  format: CheckFormat;
  terms?: string;
}

export interface ConvertCommand extends Common {
  command: "convert";
  inFile: string;
  to: ExportFormat;
  scope: "all" | "approved";
}

export type Command = AlignCommand | CheckCommand | ConvertCommand | { command: "help"; topic?: CommandName } | { command: "version" };

/** A command line that cannot be run; the message says what is wrong with it. */
export class UsageError extends Error {
  override readonly name = "UsageError";
  constructor(message: string, readonly topic?: CommandName) {
    super(message);
  }
}

const COMMANDS: readonly CommandName[] = ["align", "check", "convert"];

const COMMON = {
  out: { type: "string", short: "o" },
  variant: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const OPTIONS = {
  align: { ...COMMON, format: { type: "string", short: "f" }, terms: { type: "string", short: "t" } },
  check: { ...COMMON, format: { type: "string", short: "f" }, terms: { type: "string", short: "t" } },
  convert: { ...COMMON, to: { type: "string" }, format: { type: "string", short: "f" }, scope: { type: "string" } },
} as const satisfies Record<CommandName, ParseArgsConfig["options"]>;

function variantOf(value: string | undefined, topic: CommandName): PortugueseVariant {
  if (value === undefined) return "pt-BR";
  if (value !== "pt-BR" && value !== "pt-PT") throw new UsageError(`unknown variant "${value}" (pt-BR or pt-PT)`, topic);
  return value;
}

function exportFormat(value: string, topic: CommandName, extra: readonly string[] = []): string {
  if (![...extra, ...EXPORT_FORMATS].includes(value)) throw new UsageError(`unknown format "${value}" (${[...extra, ...EXPORT_FORMATS].join(", ")})`, topic);
  return value;
}

/** node:util's own messages name the option; they are already what a user needs. */
function parseCommand(name: CommandName, args: string[]) {
  try {
    return parseNodeArgs({ args, options: OPTIONS[name], allowPositionals: true, strict: true });
  } catch (e) {
    const message = (e as Error).message.replace(/^Option '(.*?)' argument missing$/, "$1 needs a value");
    throw new UsageError(message.replace(/\. To specify a positional argument.*$/s, ""), name);
  }
}

export function parseArgs(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError("no command given");
  if (first === "--help" || first === "-h" || first === "help") {
    const topic = rest[0];
    return topic !== undefined && (COMMANDS as readonly string[]).includes(topic) ? { command: "help", topic: topic as CommandName } : { command: "help" };
  }
  if (first === "--version" || first === "-V") return { command: "version" };
  if (!(COMMANDS as readonly string[]).includes(first)) throw new UsageError(`unknown command "${first}"`);
  const name = first as CommandName;
  const { values, positionals } = parseCommand(name, rest);
  if (values.help === true) return { command: "help", topic: name };
  const variant = variantOf(values.variant, name);
  const out = values.out === undefined || values.out === "-" ? {} : { out: values.out };
  const termsValue = "terms" in values ? values.terms : undefined;
  const terms: { terms?: string } = typeof termsValue === "string" ? { terms: termsValue } : {};
  if (name === "align") {
    if (positionals.length === 0) throw new UsageError("the Portuguese file is missing (- for standard input)", name);
    if (positionals.length > 2) throw new UsageError(`expected at most two files, got ${positionals.length}`, name);
    if (positionals[0] === "-" && positionals[1] === "-") throw new UsageError("only one file can be standard input", name);
    const format = exportFormat(values.format ?? "json", name, ["json"]) as OutputFormat;
    return { command: "align", ptFile: positionals[0]!, ...(positionals[1] ? { enFile: positionals[1] } : {}), format, variant, ...out, ...terms };
  }
  if (name === "check") {
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? "the Portuguese file is missing (- for standard input)" : "check reads one file (the Portuguese alone)", name);
    const format = values.format ?? "text";
    if (format !== "text" && format !== "json") throw new UsageError(`unknown format "${format}" (text or json)`, name);
    return { command: "check", ptFile: positionals[0]!, format, variant, ...out, ...terms };
  }
  if (positionals.length > 1) throw new UsageError(`convert reads one file, got ${positionals.length}`, name);
  const to = "to" in values ? (values.to ?? values.format) as string | undefined : undefined;
  if (to === undefined) throw new UsageError("say which format to write: --to FORMAT", name);
  const scope = "scope" in values ? (values.scope as string | undefined) ?? "all" : "all";
  if (scope !== "all" && scope !== "approved") throw new UsageError(`unknown scope "${scope}" (all or approved)`, name);
  return { command: "convert", inFile: positionals[0] ?? "-", to: exportFormat(to, name) as ExportFormat, scope, variant, ...out };
}
