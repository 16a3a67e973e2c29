import { literalSpansOfKinds, type LiteralKind } from "../../normalize/literal-spans.ts";
import { managerCommandHead } from "../../normalize/literal-patterns.ts";

const COMMANDS: ReadonlySet<LiteralKind> = new Set<LiteralKind>(["command"]);
/** After a manager's name: its word, then what follows that word (the next token, or nothing before a mark or the end). */
const AFTER_MANAGER = /^[ \t]+(\p{Ll}[\p{Ll}-]*)(?=([ \t]+[^\s]+|[ \t]*(?:[.,;:!?)]|$)))/u;
const NEXT_TOKEN = /^[ \t]+([^\s.,;:!?)]+)/u;
const WORD_CHAR = /[\p{L}\p{N}_-]/u;

export interface TranslatedSubcommand {
  start: number;
  end: number;
  text: string;
  expected: string;
}

/**
 * A package or service manager's subcommand translated ("apt-get instalar aptitude" for "apt-get install aptitude",
 * "systemctl reiniciar ssh"): a machine translation renders the command's words as prose, while the program only
 * knows its own. The Portuguese must have the manager's name with another word in the subcommand's place and the
 * same token after it as the English (its package or unit, or the end of the sentence): a sentence that names the
 * tool in prose ("o apt-get para instalar") has something else there.
 */
export function translatedSubcommands(pt: string, en: string): TranslatedSubcommand[] {
  const out: TranslatedSubcommand[] = [];
  for (const span of literalSpansOfKinds(en, COMMANDS)) {
    if (span.kind !== "command") continue;
    const command = en.slice(span.start, span.end);
    const head = managerCommandHead(command);
    if (!head || pt.includes(head)) continue;
    const [manager, subcommand] = head.split(/[ \t]+/u) as [string, string];
    const argument = NEXT_TOKEN.exec(command.slice(head.length))?.[1];
    for (let at = pt.indexOf(manager); at >= 0; at = pt.indexOf(manager, at + 1)) {
      if (at > 0 && WORD_CHAR.test(pt[at - 1]!)) continue;
      const m = AFTER_MANAGER.exec(pt.slice(at + manager.length));
      if (!m || m[1] === subcommand) continue;
      const next = NEXT_TOKEN.exec(m[2] ?? "")?.[1];
      if (next !== argument) continue;
      const end = at + manager.length + m[0].length;
      out.push({ start: at, end, text: pt.slice(at, end), expected: head });
    }
  }
  return out;
}
