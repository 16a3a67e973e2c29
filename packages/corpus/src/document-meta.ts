/** Who said or wrote a document, where it appeared, and how its Portuguese came to be. */
export interface DocumentMeta {
  /** Stable slug, used in URLs and by the API's seed step. */
  id: string;
  title: string;
  titleEn: string;
  kind: "interview" | "article";
  speakers: string[];
  authors: string[];
  source: string;
  originalLanguage: string;
  /** Languages the text passed through, source first, e.g. ["en", "zh", "pt"]. */
  translationPath: string[];
  ptFile: string;
  enFile: string;
  /** "draft": the English was written by the team, not taken from the original publication. */
  enKind: "draft" | "original";
  enNote: string;
}

export interface CorpusDocument {
  meta: DocumentMeta;
  /** The Portuguese exactly as shipped (decoded from UTF-8, nothing normalised). */
  pt: string;
  /** The English draft, or "" when none exists yet. */
  en: string;
}
