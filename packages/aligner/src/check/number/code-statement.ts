import { looksLikeCode } from "../text/looks-like-code.ts";

/**
 * Statements of code: an example block, an assignment. Help pages quote them as they were when the
 * page was translated, so their numbers follow the page's version, not the translation. A man
 * page's "apt-secure(8)" alone is no statement: a section number the reader follows, still compared.
 */
export const isCodeStatement = (text: string): boolean => /[=;\n]/u.test(text.trim()) && looksLikeCode(text);
