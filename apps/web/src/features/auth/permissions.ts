import type { Role, User } from "../../api/types.ts";

/** What a role may do; the UI hides what is not allowed instead of failing on click. */
export type Permission = "edit" | "confirm" | "approve" | "reject" | "edit-terms" | "realign" | "recheck" | "delete-document";

const RANK: Record<Role, number> = { translator: 0, editor: 1, admin: 2 };
const NEEDS: Record<Permission, Role> = {
  edit: "translator",
  confirm: "translator",
  approve: "editor",
  reject: "editor",
  "edit-terms": "editor",
  realign: "editor",
  // Re-checking rewrites flags across a document (after a glossary change): an editor's call.
  recheck: "editor",
  "delete-document": "admin",
};

export function can(user: User | null | undefined, permission: Permission): boolean {
  return !!user && RANK[user.role] >= RANK[NEEDS[permission]];
}

/** Editors review; translators confirm. Ctrl+Enter and the "next pair" logic follow this. */
export function isReviewer(user: User | null | undefined): boolean {
  return can(user, "approve");
}
