import { query, request } from "./http.ts";
import type {
  Comment, DocumentSummary, Edit, ExportFormat, ExportScope, Pair, RealignSummary, ReplaceMatch, Term, TrashedDocument, User,
} from "./types.ts";

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
    request<{ document: DocumentSummary }>("POST", "/documents", input),
  deleteDocument: (id: string) => request<void>("DELETE", `/documents/${enc(id)}`),
  trash: () => request<{ documents: TrashedDocument[] }>("GET", "/trash"),
  restoreDocument: (id: string) => request<{ document: DocumentSummary }>("POST", `/trash/${enc(id)}/restore`, {}),
  purgeDocument: (id: string) => request<void>("DELETE", `/trash/${enc(id)}`),
  realign: (id: string) => request<{ document: DocumentSummary; realign: RealignSummary }>("POST", `/documents/${enc(id)}/realign`, {}),
  recheck: (id: string) => request<{ document: DocumentSummary; changedPairs: number }>("POST", `/documents/${enc(id)}/recheck`, {}),
  pairs: (documentId: string, offset: number, limit: number) =>
    request<{ total: number; offset: number; pairs: Pair[] }>(
      "GET", `/documents/${enc(documentId)}/pairs${query({ offset, limit })}`),
  approveMany: (documentId: string, pairIds: string[], comment?: string) =>
    request<{ approved: number; conflicts: string[] }>(
      "POST", `/documents/${enc(documentId)}/approve`, { pairIds, comment }),
  exportUrl: (documentId: string, format: ExportFormat, scope: ExportScope) =>
    `/api/documents/${enc(documentId)}/export${query({ format, scope })}`,

  pair: (id: string) => request<{ pair: Pair; edits: Edit[]; comments: Comment[] }>("GET", `/pairs/${enc(id)}`),
  savePair: (id: string, ptText: string, version: number) =>
    request<{ pair: Pair }>("PATCH", `/pairs/${enc(id)}`, { ptText, version }),
  applyFlag: (id: string, flagId: string, version: number) =>
    request<{ pair: Pair }>("POST", `/pairs/${enc(id)}/flags/${enc(flagId)}/apply`, { version }),
  dismissFlag: (id: string, flagId: string, reason: string) =>
    request<{ pair: Pair }>("POST", `/pairs/${enc(id)}/flags/${enc(flagId)}/dismiss`, { reason }),
  confirm: (id: string, version: number) =>
    request<{ pair: Pair }>("POST", `/pairs/${enc(id)}/confirm`, { version }),
  approve: (id: string, version: number, comment?: string) =>
    request<{ pair: Pair }>("POST", `/pairs/${enc(id)}/approve`, { version, comment }),
  reject: (id: string, version: number, comment: string) =>
    request<{ pair: Pair }>("POST", `/pairs/${enc(id)}/reject`, { version, comment }),
  mergeNext: (id: string, version: number) =>
    request<{ pairs: Pair[] }>("POST", `/pairs/${enc(id)}/merge-next`, { version }),
  split: (id: string, version: number, ptAt: number, enAt: number) =>
    request<{ pairs: Pair[] }>("POST", `/pairs/${enc(id)}/split`, { version, ptAt, enAt }),
  move: (id: string, version: number, side: "pt" | "en", direction: "to-prev" | "to-next") =>
    request<{ pairs: Pair[] }>("POST", `/pairs/${enc(id)}/move`, { version, side, direction }),
  revert: (id: string, version: number, editId: string) =>
    request<{ pair: Pair }>("POST", `/pairs/${enc(id)}/revert`, { version, editId }),
  comment: (id: string, body: string) =>
    request<{ comment: Comment }>("POST", `/pairs/${enc(id)}/comments`, { body }),

  replacePreview: (input: { find: string; replace: string; documentId?: string; matchCase?: boolean; wholeWord?: boolean; limit?: number }) =>
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
