import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { allPairs, pairOf } from "./support/api-read.ts";
import { builtInDocumentId, currentRow } from "./support/browser.ts";
import { focusInfo, signInByKeyboard, tabUntil } from "./support/keyboard.ts";
import { ARTIFACTS } from "./support/paths.ts";
import { useStack } from "./support/stack.ts";

const SLUG = "amodei-ai-unicorn";

describe("works without a mouse", () => {
  const stack = useStack();

  it("a translator signs in, opens a document, edits, applies a suggestion and confirms with Ctrl+Enter, keys only", async () => {
    // 1280×800: the smallest screen a translator is likely to work on.
    const context = await stack.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    // Counts pointer presses, so the end can show none was needed.
    await page.addInitScript(() => window.addEventListener("pointerdown", () => document.documentElement.dataset["pointerUsed"] = "yes", true));

    await signInByKeyboard(page, stack.api.url, "translator");
    const documentId = await builtInDocumentId(page, stack.api.url, SLUG);
    const noeSmith = (await allPairs(page, stack.api.url, documentId)).filter((p) => p.ptText === "noé smith:");
    expect(noeSmith.length).toBeGreaterThanOrEqual(2);
    const [target, following] = noeSmith;

    // The documents list: Tab to the document's title link (every stop shows a focus ring), Enter.
    const link = await tabUntil(page, "the document's link", (f) => f.tag === "a" && f.documentId === documentId);
    expect(link.ringVisible).toBe(true);
    await page.keyboard.press("Enter");
    await page.locator("[data-pair-row]").first().waitFor();
    // The grid has the focus on arrival, so the shortcuts work at once.
    expect((await focusInfo(page)).ringVisible).toBe(true);

    // "?" lists the keys; Esc closes it and gives the focus back to the grid, not to the page.
    await page.keyboard.press("Shift+Slash");
    await page.getByTestId("shortcuts").waitFor();
    await page.keyboard.press("Escape");
    await page.getByTestId("shortcuts").waitFor({ state: "detached" });
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("grid");

    // "/" to search, Enter hands the keyboard back to the grid; Alt+Down walks the pairs.
    await page.keyboard.press("/");
    await page.keyboard.type("noé smith");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("[data-pair-row]").count()).toBe(noeSmith.length);
    await page.keyboard.press("Alt+ArrowDown");
    await page.keyboard.press("Alt+ArrowUp");
    expect(await currentRow(page).getAttribute("data-pair-id")).toBe(target?.id);

    // Edit in place: Enter opens the editor, Esc leaves it and saves.
    await page.keyboard.press("Enter");
    await page.locator("[data-pt-editor]").waitFor();
    await page.keyboard.press("End");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.type(" (entrevistador)");
    await page.keyboard.press("Escape");
    await expect.poll(async () => (await pairOf(page, stack.api.url, target?.id ?? "")).pair.ptText).toBe("noé smith (entrevistador):");

    // The re-checked text still has the entity flag: Ctrl+] focuses it, Ctrl+. applies its suggestion.
    const flag = currentRow(page).locator("mark.flag--entity", { hasText: "noé smith" });
    await flag.waitFor();
    for (let i = 0; i < 5 && !(await flag.evaluate((el) => el.classList.contains("flag--focused"))); i++) await page.keyboard.press("Control+BracketRight");
    await page.keyboard.press("Control+Period");
    await expect.poll(async () => (await pairOf(page, stack.api.url, target?.id ?? "")).pair.ptText).toBe("Noah Smith (entrevistador):");
    await page.screenshot({ path: join(ARTIFACTS, "keyboard-only-review.png") });

    // Ctrl+Enter confirms and lands on the next pair that needs work.
    await page.keyboard.press("Control+Enter");
    await expect.poll(() => currentRow(page).getAttribute("data-pair-id")).toBe(following?.id);
    const stored = await pairOf(page, stack.api.url, target?.id ?? "");
    expect(stored.pair.status).toBe("confirmed");
    expect(stored.edits.map((e) => e.action)).toEqual(expect.arrayContaining(["edit", "apply-suggestion", "confirm"]));
    // The next pair needing work says "Noah Smith:" too: confirming filled it (auto-propagation),
    // marked as such and left for the translator to check, not confirmed.
    const next = (await pairOf(page, stack.api.url, following?.id ?? "")).pair as typeof stored.pair & { autoFilledFrom?: string | null };
    if (next.enText === stored.pair.enText) expect(next).toMatchObject({ status: "edited", ptText: "Noah Smith (entrevistador):", autoFilledFrom: target?.id });
    else expect(next.status).toBe("new");
    expect((await focusInfo(page)).tag).not.toBe("body");
    expect(await page.evaluate(() => document.documentElement.dataset["pointerUsed"] ?? "no")).toBe("no");
    await context.close();
  });
});
