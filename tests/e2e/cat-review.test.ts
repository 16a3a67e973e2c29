import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { allPairs, pairOf } from "./support/api-read.ts";
import { builtInDocumentId, currentRow, signIn } from "./support/browser.ts";
import { ARTIFACTS } from "./support/paths.ts";
import { useStack } from "./support/stack.ts";

const SLUG = "amodei-ai-unicorn";

describe("CAT-grade review (issue 16)", () => {
  const stack = useStack();

  it("defect 1: Ctrl+Enter inside the dismiss dialog acts on the dialog only, never confirms the pair", async () => {
    const context = await stack.browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await signIn(page, stack.api.url, "translator");
    const documentId = await builtInDocumentId(page, stack.api.url, SLUG);
    await page.goto(`${stack.api.url}/#/documents/${documentId}`);
    await page.locator("[data-pair-row]").first().waitFor();
    const pairs = await allPairs(page, stack.api.url, documentId);
    // A pair whose flags are warnings only, so the QA gate cannot hide a stray confirm.
    const target = pairs.find((p) => p.flags.length > 1 && p.flags.every((f) => !f.dismissed && (f as { severity?: string }).severity !== "error"))
      ?? pairs.find((p) => p.flags.length > 0 && p.flags.every((f) => (f as { severity?: string }).severity !== "error"));
    expect(target).toBeTruthy();
    await page.goto(`${stack.api.url}/#/documents/${documentId}/${target!.id}`);
    await currentRow(page).waitFor();
    await page.getByTestId("grid").focus();
    await page.keyboard.press("Control+Shift+X");
    await page.getByTestId("dismiss-dialog").waitFor();
    // The dialog opens with the focus on the first quick reason; Ctrl+Enter there is the dialog's.
    await page.keyboard.press("Control+Enter");
    await page.getByTestId("dismiss-dialog").waitFor({ state: "detached" });
    await page.waitForTimeout(1000);
    const after = await pairOf(page, stack.api.url, target!.id);
    console.log(after.edits.map((e) => e.action), await page.locator(".statusline, [role=status]").allInnerTexts());
    expect(after.edits.map((e) => e.action)).toContain("dismiss-flag");
    expect(after.pair.status).toBe(target!.status);
    expect(after.edits.map((e) => e.action)).not.toContain("confirm");
    await context.close();
  });
});
