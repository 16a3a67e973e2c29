import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { allPairs, pairOf } from "./support/api-read.ts";
import { builtInDocumentId, currentRow, openAndSearch, signIn } from "./support/browser.ts";
import { ARTIFACTS } from "./support/paths.ts";
import { useStack } from "./support/stack.ts";

const SLUG = "amodei-ai-unicorn";

describe("CAT tools: propagating a fix, glossary, concordance, QA and the new keys", () => {
  const stack = useStack();

  it("offers a hand-made fix of 'noé smith' for the other pairs and applies it to the one picked", async () => {
    const context = await stack.browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await signIn(page, stack.api.url, "translator");
    const documentId = await builtInDocumentId(page, stack.api.url, SLUG);
    await openAndSearch(page, stack.api.url, documentId, "noé smith");
    const rows = page.locator("[data-pair-row]");
    await expect.poll(() => rows.count()).toBeGreaterThan(2);
    const [fixedId, pickedId, leftId] = await Promise.all([0, 1, 2].map((i) => rows.nth(i).getAttribute("data-pair-id")));

    // The glossary knows Noah Smith: the term panel says the Portuguese lacks it.
    await rows.first().locator(".pair__en").click();
    const term = page.getByTestId("term-panel").locator("tr", { hasText: "Noah Smith" });
    expect(await term.getAttribute("data-state")).toBe("missing");
    // The focused entity flag names the English it stands for.
    expect(await page.getByTestId("focused-flag").innerText()).toContain("English: Noah Smith");

    // Fix it by hand in the editor and leave with Esc, which saves.
    await page.keyboard.press("Enter");
    const editor = page.locator("[data-pt-editor]");
    await editor.fill((await editor.inputValue()).replace("noé smith", "Noah Smith"));
    await page.keyboard.press("Escape");
    await expect.poll(async () => (await pairOf(page, stack.api.url, fixedId ?? "")).pair.ptText).toMatch(/^Noah Smith/);
    expect(await term.getAttribute("data-state")).toBe("ok");

    // The offer lists the other pairs with the old words, all ticked; keep only one.
    const offer = page.getByTestId("propagate");
    await offer.waitFor();
    expect(await offer.innerText()).toContain("noé smith");
    const boxes = offer.getByRole("checkbox");
    const listed = await boxes.count();
    expect(listed).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: join(ARTIFACTS, "propagate.png") });
    for (let i = 0; i < listed; i++) {
      const label = (await boxes.nth(i).getAttribute("aria-label")) ?? "";
      const pickedIndex = (await pairOf(page, stack.api.url, pickedId ?? "")).pair.index + 1;
      if (!label.endsWith(` pair ${pickedIndex}`)) await boxes.nth(i).uncheck();
    }
    // Alt+Enter applies, even with the focus still on a checkbox of the offer.
    await page.keyboard.press("Alt+Enter");
    await offer.waitFor({ state: "detached" });

    const picked = await pairOf(page, stack.api.url, pickedId ?? "");
    expect(picked.pair.ptText).toMatch(/^Noah Smith/);
    expect(picked.edits.map((e) => e.action)).toContain("propagate");
    expect((await pairOf(page, stack.api.url, leftId ?? "")).pair.ptText).toMatch(/^noé smith/);
    await expect.poll(() => page.locator(`[data-pair-id="${pickedId}"] .pair__pt`).innerText()).toMatch(/^Noah Smith/);
    await context.close();
  });

  it("jumps with F8, copies the English with Ctrl+Shift+Insert (undone by Ctrl+Z), dismisses on one key and merges with Alt+Shift+M", async () => {
    const context = await stack.browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await signIn(page, stack.api.url, "translator");
    const documentId = await builtInDocumentId(page, stack.api.url, SLUG);
    const pairs = await allPairs(page, stack.api.url, documentId);
    await page.goto(`${stack.api.url}/#/documents/${documentId}`);
    await page.locator("[data-pair-row]").first().waitFor();
    await page.getByTestId("grid").focus();

    // The new keys are data: the "?" help and the palette both list them.
    await page.keyboard.press("Shift+Slash");
    const help = page.getByTestId("shortcuts");
    await help.waitFor();
    for (const key of ["Alt+Shift+M", "Alt+Shift+S", "Alt+Shift+↑", "Alt+Shift+PageDown", "F8", "Ctrl+Shift+↓", "Ctrl+Shift+Insert", "Ctrl+Shift+F", "Alt+Enter"]) {
      expect(await help.innerText()).toContain(key);
    }
    await page.screenshot({ path: join(ARTIFACTS, "shortcuts.png") });
    await page.keyboard.press("Escape");
    await help.waitFor({ state: "detached" });
    await page.keyboard.press("Control+k");
    await page.getByLabel("Command", { exact: true }).fill("merge");
    expect(await page.getByTestId("command-palette").locator("[role=option]").first().innerText()).toMatch(/Merge this pair with the next one\s*Alt\+Shift\+M/);
    await page.keyboard.press("Escape");
    await page.getByTestId("grid").focus();

    // F8: the next pair with an open flag.
    const firstFlagged = pairs.find((p) => p.index > 0 && p.flags.some((f) => !f.dismissed));
    await page.keyboard.press("F8");
    await expect.poll(() => currentRow(page).getAttribute("data-pair-id")).toBe(firstFlagged?.id);

    // Ctrl+Shift+Insert puts the English in the editor; Ctrl+Z gives the Portuguese back.
    await page.keyboard.press("Control+Shift+Insert");
    const editor = page.locator("[data-pt-editor]");
    await expect.poll(() => editor.inputValue()).toBe(firstFlagged?.enText);
    await page.keyboard.press("Control+z");
    await expect.poll(() => editor.inputValue()).toBe(firstFlagged?.ptText);
    await page.keyboard.press("Escape");
    await expect.poll(() => editor.count()).toBe(0);

    // Ctrl+Shift+X, then "2": dismissed as "The name is correct" without typing a word.
    const flagId = await page.getByTestId("focused-flag").count() ? firstFlagged?.flags.find((f) => !f.dismissed)?.id : undefined;
    await page.keyboard.press("Control+Shift+X");
    await page.getByTestId("dismiss-dialog").waitFor();
    await page.screenshot({ path: join(ARTIFACTS, "dismiss.png") });
    await page.keyboard.press("2");
    await page.getByTestId("dismiss-dialog").waitFor({ state: "detached" });
    const dismissed = (await pairOf(page, stack.api.url, firstFlagged?.id ?? "")).pair.flags.filter((f) => f.dismissed);
    expect(dismissed.map((f) => f.dismissReason)).toContain("The name is correct");
    if (flagId) expect(dismissed.map((f) => f.id)).toContain(flagId);

    // Alt+Shift+M merges the current pair with the next: one pair fewer, both Englishes in one.
    const at = pairs.findIndex((p) => p.id === firstFlagged?.id);
    const next = pairs[at + 1];
    await page.keyboard.press("Alt+Shift+M");
    await expect.poll(async () => (await allPairs(page, stack.api.url, documentId)).length).toBe(pairs.length - 1);
    const merged = (await pairOf(page, stack.api.url, firstFlagged?.id ?? "")).pair;
    expect(merged.enText).toContain(next?.enText.trim().slice(0, 20));
    await context.close();
  });

  it("looks words up in the concordance, and the QA summary filters the grid by family", async () => {
    const context = await stack.browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await signIn(page, stack.api.url, "editor");
    const documentId = await builtInDocumentId(page, stack.api.url, SLUG);
    await page.goto(`${stack.api.url}/#/documents/${documentId}`);
    await page.locator("[data-pair-row]").first().waitFor();
    await page.getByTestId("grid").focus();

    // Select words in the English, Ctrl+Shift+F: the other pairs with them, both languages marked.
    const en = page.locator("[data-pair-row] .pair__en", { hasText: "Dario" }).first();
    await en.evaluate((cell) => {
      const text = cell.firstChild ?? cell;
      const at = (text.textContent ?? "").indexOf("Dario");
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + "Dario".length);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
    });
    await page.keyboard.press("Control+Shift+F");
    const panel = page.getByTestId("concordance");
    await panel.waitFor();
    expect(await page.getByLabel("Concordance search").inputValue()).toBe("Dario");
    await expect.poll(() => panel.locator("li").count()).toBeGreaterThan(0);
    expect(await panel.locator(".concordance__en .concordance__hit").first().innerText()).toBe("Dario");
    await page.screenshot({ path: join(ARTIFACTS, "concordance.png") });

    // QA: the entity row filters the grid to pairs with entity flags.
    await page.getByRole("tab", { name: "QA" }).click();
    const qa = page.getByTestId("qa-summary");
    const entity = qa.locator("tr", { has: page.locator(".chip--entity") });
    const pairsWithEntity = Number(await entity.locator("td").last().innerText());
    expect(pairsWithEntity).toBeGreaterThan(0);
    await entity.getByRole("button").click();
    await expect.poll(() => page.locator(".filters__count").innerText()).toContain(`${pairsWithEntity} of`);
    expect(await page.getByLabel("Flag family").inputValue()).toBe("entity");
    await page.screenshot({ path: join(ARTIFACTS, "qa-summary.png") });

    // The header counts progress in words.
    expect(await page.getByTestId("document-progress").innerText()).toMatch(/% translated · \d+% approved · [\d,]+ words/);
    await context.close();
  });
});
