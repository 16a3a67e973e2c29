import { query, request } from "./http.ts";
import { requestJob, type Job } from "./jobs.ts";
import type {
  BulkSkip, Comment, DocumentFlag, DocumentSummary, RecaseApplyResponse, RecaseChange, Edit, ExportedFile, ExportFormat, ExportScope, MemoryMatch, Pair, RealignSummary, ReimportResponse, ReplaceMatch, Term, TrashedDocument, User,
} from "./types.ts";

/** A reviewer's reason for signing off a pair with open error flags (recorded in its history). */
export interface Override {
  reason: string;
}

/** Every call the web app makes, one function per endpoint of the API contract. */
export const api = {
  login: (username: string, password: string) =>
    request<{ user: User }>("POST", "/auth/login", { username, password }),
  logout: () => request<void>("POST", "/auth/logout"),
  me: () => request<{ user: User }>("GET", "/auth/me"),
  loginOptions: () => request<{ demoAccounts: { username: string; role: string }[] }>("GET", "/auth/options"),

  documents: () => request<{ documents: DocumentSummary[] }>("GET", "/documents"),
  document: (id: string) => request<{ document: DocumentSummary }>("GET", `/documents/${enc(id)}`),
  createDocument: (input: { title: string; pt: string; en?: string }) =>
    requestJob<{ document: DocumentSummary }>("/documents", input),
  deleteDocument: (id: string) => request<void>("DELETE", `/documents/${enc(id)}`),
  trash: () => request<{ documents: TrashedDocument[] }>("GET", "/trash"),
  restoreDocument: (id: string) => request<{ document: DocumentSummary }>("POST", `/trash/${enc(id)}/restore`, {}),
  purgeDocument: (id: string) => request<void>("DELETE", `/trash/${enc(id)}`),
  // Jobs on the server (202): these wait for the job's end and answer with its result.
  realign: (id: string) => requestJob<{ document: DocumentSummary; realign: RealignSummary }>(`/documents/${enc(id)}/realign`, {}),
  recheck: (id: string) => requestJob<{ document: DocumentSummary; changedPairs: number }>(`/documents/${enc(id)}/recheck`, {}),
  pairs: (documentId: string, offset: number, limit: number) =>
    request<{ total: number; offset: number; pairs: Pair[] }>(
      "GET", `/documents/${enc(documentId)}/pairs${query({ offset, limit })}`),
  approveMany: (documentId: string, pairIds: string[], comment?: string, override?: { reason: string }) =>
    request<{ approved: number; overridden?: number; conflicts: string[]; skipped?: BulkSkip[] }>(
      "POST", `/documents/${enc(documentId)}/approve`, { pairIds, comment, ...(override ? { override } : {}) }),
  /** The bulk fix of a document in lower case: each pair recased, previewed (nothing written). */
  recasePreview: (documentId: string) =>
    request<{ changes: RecaseChange[]; approvedLeftOut: number }>("GET", `/documents/${enc(documentId)}/recase`),
  /** Writes the recasing of the pairs kept, each against the version the preview showed. */
  recaseApply: (documentId: string, targets: { pairId: string; version: number }[]) =>
    request<RecaseApplyResponse>("POST", `/documents/${enc(documentId)}/recase`, { targets }),
  /** A file exported from this document and edited in another tool, brought back. */
  reimport: (documentId: string, file: File) => {
    const form = new FormData();
    form.set("file", file);
    return requestJob<ReimportResponse>(`/documents/${enc(documentId)}/reimport`, form);
  },
  /** The direct download (small documents only: larger ones answer 422; the dialog uses exportFile). */
  exportUrl: (documentId: string, format: ExportFormat, scope: ExportScope) =>
    `/api/documents/${enc(documentId)}/export${query({ format, scope })}`,
  /** Builds the export on the server as a job (any size) and waits for its file. */
  exportFile: (documentId: string, format: ExportFormat, scope: ExportScope, onProgress?: (fraction: number, state: Job["state"]) => void) =>
    requestJob<{ file: ExportedFile }>(`/documents/${enc(documentId)}/export`, { format, scope }, onProgress),

  pair: (id: string) => request<{ pair: Pair; edits: Edit[]; comments: Comment[] }>("GET", `/pairs/${enc(id)}`),
  savePair: (id: string, ptText: string, version: number) =>
    request<{ pair: Pair }>("PATCH", `/pairs/${enc(id)}`, { ptText, version }),
  applyFlag: (id: string, flagId: string, version: number) =>
    request<{ pair: Pair }>("POST", `/pairs/${enc(id)}/flags/${enc(flagId)}/apply`, { version }),
  /** A finding about the whole document, named by its check and text (what survives a re-check). */
  dismissDocumentFlag: (documentId: string, flag: Pick<DocumentFlag, "code" | "text">, reason: string) =>
    request<{ documentFlags: DocumentFlag[] }>("POST", `/documents/${enc(documentId)}/flags/dismiss`, { code: flag.code, text: flag.text, reason }),
  restoreDocumentFlag: (documentId: string, flag: Pick<DocumentFlag, "code" | "text">) =>
    request<{ documentFlags: DocumentFlag[] }>("POST", `/documents/${enc(documentId)}/flags/restore`, { code: flag.code, text: flag.text }),
  dismissFlag: (id: string, flagId: string, reason: string) =>
    request<{ pair: Pair }>("POST", `/pairs/${enc(id)}/flags/${enc(flagId)}/dismiss`, { reason }),
  confirm: (id: string, version: number, override?: Override) =>
    request<{ pair: Pair; autoFilled?: Pair[] }>("POST", `/pairs/${enc(id)}/confirm`, { version, override }),
  approve: (id: string, version: number, comment?: string, override?: Override) =>
    request<{ pair: Pair; autoFilled?: Pair[] }>("POST", `/pairs/${enc(id)}/approve`, { version, comment, override }),
  reopen: (id: string, version: number, reason?: string) =>
    request<{ pair: Pair }>("POST", `/pairs/${enc(id)}/reopen`, { version, reason }),
  matches: (id: string, limit = 3) =>
    request<{ matches: MemoryMatch[] }>("GET", `/pairs/${enc(id)}/matches${query({ limit })}`),
  memories: () => request<{ memories: { name: string; units: number }[] }>("GET", "/memories"),
  importMemory: (name: string, tmx: string) =>
    request<{ memory: { name: string; units: number }; warnings: string[] }>("POST", `/memories${query({ name })}`, new Blob([tmx], { type: "application/xml" })),
  matchedPairs: (documentId: string) =>
    request<{ pairIds: string[] }>("GET", `/memories/documents/${enc(documentId)}/matched-pairs`),
  reject: (id: string, version: number, comment: string) =>
    request<{ pair: Pair }>("POST", `/pairs/${enc(id)}/reject`, { version, comment }),
  mergeNext: (id: string, version: number) =>
    request<{ pairs: Pair[] }>("POST", `/pairs/${enc(id)}/merge-next`, { version }),
  /** `reason` "page-break": undoes the aligner's join of two lines of the file at ptAt (Pair.pageBreakAt). */
  split: (id: string, version: number, ptAt: number, enAt: number, reason?: "page-break") =>
    request<{ pairs: Pair[] }>("POST", `/pairs/${enc(id)}/split`, { version, ptAt, enAt, ...(reason ? { reason } : {}) }),
  move: (id: string, version: number, side: "pt" | "en", direction: "to-prev" | "to-next") =>
    request<{ pairs: Pair[] }>("POST", `/pairs/${enc(id)}/move`, { version, side, direction }),
  revert: (id: string, version: number, editId: string) =>
    request<{ pair: Pair }>("POST", `/pairs/${enc(id)}/revert`, { version, editId }),
  comment: (id: string, body: string) =>
    request<{ comment: Comment }>("POST", `/pairs/${enc(id)}/comments`, { body }),

  replacePreview: (input: { find: string; replace: string; documentId?: string; matchCase?: boolean; wholeWord?: boolean; limit?: number; flagCode?: string }) =>
    request<{ matches: ReplaceMatch[]; total: number }>("POST", "/replace/preview", input),
  replaceApply: (input: { find: string; replace: string; matchCase?: boolean; wholeWord?: boolean; targets: { pairId: string; version: number }[] }) =>
    request<{ applied: string[]; conflicts: string[] }>("POST", "/replace/apply", input),

  terms: () => request<{ terms: Term[] }>("GET", "/terms"),
  createTerm: (term: Omit<Term, "id">) => request<{ term: Term }>("POST", "/terms", term),
  updateTerm: (id: string, term: Partial<Omit<Term, "id">>) => request<{ term: Term }>("PATCH", `/terms/${enc(id)}`, term),
  deleteTerm: (id: string) => request<void>("DELETE", `/terms/${enc(id)}`),
};

function enc(segment: string): string {
  return encodeURIComponent(segment);
}
