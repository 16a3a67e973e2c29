/** Language tags an upload's name may end in before its extension ("report.pt.txt", "report_en.md"). */
const LANGUAGE_SUFFIX = /[._-](pt|pt-br|pt-pt|pt_br|pt_pt|en|en-us|en-gb|eng|por)$/i;

/**
 * The default title of an uploaded document: the file name without its extension and without a
 * language suffix, which says which side the file is, not what the document is called.
 */
export function titleFromFileName(fileName: string): string {
  const bare = fileName.replace(/\.[^.]+$/, "");
  return bare.replace(LANGUAGE_SUFFIX, "") || bare;
}
