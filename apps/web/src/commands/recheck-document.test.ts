import { beforeEach, describe, expect, it, vi } from "vitest";
import type { DocumentSummary, User } from "../api/types.ts";
import type { ReviewController } from "../features/review/ReviewController.ts";
import { recheckDocument } from "./recheck-document.ts";

const recheck = vi.fn<(id: string) => Promise<{ document: DocumentSummary; changedPairs: number }>>();
vi.mock("../api/client.ts", () => ({ api: { recheck: (id: string) => recheck(id) } }));

function review(role: User["role"]) {
  const notices: string[] = [];
  const controller = {
    user: { id: "u", username: role, displayName: role, role },
    documentId: "doc-1",
    document: { id: "doc-1" } as DocumentSummary,
    notify: (text: string) => notices.push(text),
    reloadPairs: vi.fn(async () => {}),
    refreshDocument: vi.fn(async () => {}),
  };
  return { controller: controller as unknown as ReviewController, notices, reloadPairs: controller.reloadPairs, refreshDocument: controller.refreshDocument };
}

describe("recheck-document", () => {
  beforeEach(() => recheck.mockReset());

  it("is offered to editors only", () => {
    expect(recheckDocument.predicate?.(review("translator").controller)).toBe(false);
    expect(recheckDocument.predicate?.(review("editor").controller)).toBe(true);
  });
  it("re-checks the open document and reloads its pairs when flags changed (their ids are new)", async () => {
    recheck.mockResolvedValue({ document: { id: "doc-1" } as DocumentSummary, changedPairs: 3 });
    const r = review("editor");
    await recheckDocument.perform(r.controller);
    expect(recheck).toHaveBeenCalledWith("doc-1");
    expect(r.reloadPairs).toHaveBeenCalledOnce();
    expect(r.notices.at(-1)).toBe("Checks re-run on 1 document: flags changed in 3 pairs.");
  });
  it("keeps the grid as it is when no flag changed", async () => {
    recheck.mockResolvedValue({ document: { id: "doc-1" } as DocumentSummary, changedPairs: 0 });
    const r = review("editor");
    await recheckDocument.perform(r.controller);
    expect(r.reloadPairs).not.toHaveBeenCalled();
    // The document's own findings are read again all the same: they can change with no pair's flags changing.
    expect(r.refreshDocument).toHaveBeenCalledOnce();
    expect(r.notices.at(-1)).toBe("Checks re-run on 1 document: no flag changed.");
  });
});
