// Mirrors the API contract (/tmp/api-spec.md) until apps/api/src/contract lands; then this
// file only re-exports the zod-inferred types so the two sides cannot drift.
export type Role = "translator" | "editor" | "admin";
export type PairStatus = "new" | "edited" | "confirmed" | "approved" | "rejected";
export type FlagFamily =
  | "entity" | "casing" | "untranslated" | "foreign" | "variant" | "markup" | "junk"
  | "repetition" | "broken" | "punctuation" | "number" | "omission" | "mistranslation";
export type BeadKind = "1-0" | "0-1" | "1-1" | "1-2" | "2-1" | "2-2" | "1-3" | "3-1";

export interface User { id: string; username: string; displayName: string; role: Role }

export interface Flag {
  id: string;
  code: string;
  family: FlagFamily;
  severity: "error" | "warning" | "info";
  start: number;
  end: number;
  text: string;
  message: string;
  suggestion?: string | null;
  dismissed: boolean;
  dismissedBy?: string | null;
  dismissReason?: string | null;
}

export interface Pair {
  id: string;
  documentId: string;
  index: number;
  type: BeadKind;
  ptText: string;
  ptOriginal: string;
  enText: string;
  confidence: number;
  status: PairStatus;
  version: number;
  paragraph: number;
  flags: Flag[];
  updatedAt: string;
  updatedBy?: string | null;
  commentCount: number;
}

export type EditAction =
  | "import" | "edit" | "apply-suggestion" | "confirm" | "approve" | "reject" | "merge"
  | "split" | "move" | "realign" | "revert" | "dismiss-flag" | "propagate";

export interface Edit {
  id: string;
  pairId: string;
  version: number;
  action: EditAction;
  before: string;
  after: string;
  authorName: string;
  createdAt: string;
  note?: string | null;
}

export interface Comment { id: string; pairId: string; authorName: string; body: string; createdAt: string }

export interface DocumentSummary {
  id: string;
  title: string;
  hasEnglish: boolean;
  pairCount: number;
  statusCounts: Record<PairStatus, number>;
  flagCounts: Partial<Record<FlagFamily, number>>;
  lowConfidenceCount: number;
  createdAt: string;
  lastActivityAt: string;
  builtIn: boolean;
}

export type TermPolicy = "keep" | "preferred" | "forbidden";
export interface Term {
  id: string;
  term: string;
  kind: string;
  policy: TermPolicy;
  replacement?: string | null;
  note?: string | null;
}

export interface ReplaceMatch {
  pairId: string;
  documentId: string;
  documentTitle: string;
  index: number;
  version: number;
  before: string;
  after: string;
}

export type ExportFormat = "tmx" | "xliff" | "tsv" | "html" | "md" | "txt";
export type ExportScope = "approved" | "all";
