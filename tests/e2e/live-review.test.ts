// Two reviewers on one document in two browsers: B sees A arrive, sees which pair A is editing,
// and sees A's saved text appear without reloading, within a second. Screenshots of B's screen
// go to tests/artifacts/.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtInDocumentId, openAndSearch, signIn } from "./support/browser.ts";
import { ARTIFACTS } from "./support/paths.ts";
import { useStack } from "./support/stack.ts";

const SLUG = "amodei-ai-unicorn";
const NEEDLE = "energia solar";

describe("live review", () => {
  const stack = useStack();

  it("shows B who else is on the document, the pair A is editing, and A's saved edit without a reload", async () => {
    const a = await (await stack.browser.newContext()).newPage();
    const b = await (await stack.browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    await signIn(a, stack.api.url, "translator");
    await signIn(b, stack.api.url, "editor");
    const documentId = await builtInDocumentId(a, stack.api.url, SLUG);
    await openAndSearch(b, stack.api.url, documentId, NEEDLE);
    await openAndSearch(a, stack.api.url, documentId, NEEDLE);

    // A arrives: B's presence bar names them.
    const presence = b.getByTestId("presence");
    await expect.poll(() => presence.locator('[data-viewer="Demo Translator"]').count(), { timeout: 5000 }).toBe(1);

    // A starts editing a pair: B's row for it is marked, and the bar says which pair.
    const row = a.locator("[data-pair-row]").first();
    const pairId = (await row.getAttribute("data-pair-id")) ?? "";
    await row.locator(".pair__pt").click();
    const markedOnB = b.locator(`[data-pair-id="${pairId}"]`);
    await expect.poll(() => markedOnB.getAttribute("data-edited-by"), { timeout: 1000 }).toBe("Demo Translator");
    expect(await presence.innerText()).toMatch(/Demo Translator · editing pair \d+/);
    await b.screenshot({ path: join(ARTIFACTS, "live-review-editing.png") });

    // A saves (Esc): B has A's text within a second, without a reload.
    const text = "A energia solar ficou barata (revisto ao vivo pela Ana).";
    await a.locator("[data-pt-editor]").fill(text);
    await a.keyboard.press("Escape");
    await expect.poll(() => a.locator(".unsaved").count()).toBe(0);
    const savedAt = Date.now();
    await expect.poll(() => markedOnB.locator(".pair__pt").innerText(), { timeout: 1000, interval: 50 }).toContain("revisto ao vivo");
    expect(Date.now() - savedAt).toBeLessThan(1000);
    await expect.poll(() => markedOnB.getAttribute("data-edited-by")).toBeNull();
    await b.screenshot({ path: join(ARTIFACTS, "live-review-saved.png") });

    // A leaves: the bar empties.
    await a.close();
    await expect.poll(() => presence.count(), { timeout: 5000 }).toBe(0);
  });
});
