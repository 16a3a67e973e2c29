import { words } from "../text/words.ts";

/**
 * Programs whose name, followed by an argument or two, reads as English words ("apt-get update",
 * "meson test", "info grep", "man ls"). Everyday verbs ("make", "find") are left out: a leftover
 * English sentence could start with them.
 */
export const COMMANDS = new Set(["apt", "apt-get", "apt-cache", "aptitude", "dpkg", "dh", "info", "man", "meson", "ninja", "cmake", "git", "svn", "bzr", "hg", "quilt", "debuild", "dch", "pbuilder", "sbuild", "lintian", "sudo", "systemctl", "pip", "npm", "gpg", "docker", "cvs"]);

/** Words a command line of one of these programs has at most: the name and two arguments. */
export const MAX_COMMAND_WORDS = 3;

/** A command of one of these programs with at most two arguments, all of `text` ("man ls", "apt-get update"). */
export function isCommandLine(text: string): boolean {
  const ws = words(text);
  return ws.length > 0 && ws.length <= MAX_COMMAND_WORDS && COMMANDS.has(ws[0]!.text);
}
