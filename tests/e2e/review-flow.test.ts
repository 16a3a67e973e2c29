import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtInDocumentId, openAndSearch, signIn, signOut } from "./support/browser.ts";
import { ARTIFACTS } from "./support/paths.ts";
import { useStack } from "./support/stack.ts";

const SLUG = "amodei-ai-unicorn";

describe("translator fixes a flagged name, editor approves it, TMX carries the fix", () => {
  const stack = useStack();

  it("applies the 'noé smith' suggestion, confirms with Ctrl+Enter, approves, and exports it", async () => {
    const context = await stack.browser.newContext({ acceptDownloads: true, viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();

    // Translator: the documents screen first, with its progress and flag counts.
    await signIn(page, stack.api.url, "translator");
    await expect.poll(() => page.getByTestId("current-user").textContent()).toContain("translator");
    const DOCUMENT = await builtInDocumentId(page, stack.api.url, SLUG);
    const row = page.locator(`[data-document-id="${DOCUMENT}"]`);
    await row.waitFor();
    await page.screenshot({ path: join(ARTIFACTS, "documents.png"), fullPage: true });
    expect(await row.locator(".chip--entity").count()).toBe(1);
    expect(await row.getByRole("button", { name: /Re-run checks/ }).count()).toBe(0);
    expect(await row.locator(".progress__label").innerText()).toMatch(/^\d+% approved · [\d,]+ words$/);

    await openAndSearch(page, stack.api.url, DOCUMENT, "noé smith");
    const pair = page.locator("[data-pair-row]").first();
    const pairId = await pair.getAttribute("data-pair-id");
    expect(pairId).toBeTruthy();
    const flag = pair.locator("mark.flag--entity", { hasText: "noé smith" });
    await expect.poll(() => flag.count()).toBe(1);

    // Keyboard only: make the pair current, walk to the entity flag, apply its suggestion.
    await pair.locator(".pair__en").click();
    for (let i = 0; i < 5 && !(await flag.evaluate((el) => el.classList.contains("flag--focused"))); i++) {
      await page.keyboard.press("Control+BracketRight");
    }
    expect(await flag.evaluate((el) => el.classList.contains("flag--focused"))).toBe(true);
    // The English the name stands for (the API's flag.source) is marked, and named in the flag's box.
    expect(await pair.locator(".pair__en mark.en-mark--flag-source").innerText()).toBe("Noah Smith");
    expect(await pair.getByTestId("focused-flag").innerText()).toContain("English: Noah Smith");
    await page.keyboard.press("Control+Period");
    const fixed = page.locator(`[data-pair-id="${pairId}"] .pair__pt`);
    await expect.poll(() => fixed.innerText()).toMatch(/^Noah Smith/);
    expect(await page.locator(`[data-pair-id="${pairId}"] mark.flag--entity`).count()).toBe(0);

    await page.keyboard.press("Control+Enter");
    await expect.poll(() => page.locator(`[data-pair-id="${pairId}"]`).getAttribute("data-status")).toBe("confirmed");
    await page.screenshot({ path: join(ARTIFACTS, "review.png") });

    // Editor: open the same pair, approve it with Ctrl+Enter.
    await signOut(page);
    await signIn(page, stack.api.url, "editor");
    // Editors may re-run the checks of a document (after a glossary change); a translator is not offered it.
    await page.locator(`[data-document-id="${DOCUMENT}"]`).getByRole("button", { name: /^Re-run checks on/ }).click();
    await expect.poll(() => page.getByTestId("documents-notice").textContent()).toMatch(/Checks re-run on 1 document: (no flag changed|flags changed in \d+ pairs?)\./);
    await page.screenshot({ path: join(ARTIFACTS, "documents-editor.png"), fullPage: true });
    await page.getByRole("link", { name: "Terms" }).click();
    await page.getByRole("columnheader", { name: "Aliases" }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, "terms-editor.png") });
    await page.goto(`${stack.api.url}/#/documents/${DOCUMENT}/${pairId}`);
    const approved = page.locator(`[data-pair-id="${pairId}"]`);
    await approved.waitFor();
    expect(await approved.getAttribute("aria-current")).toBe("true");
    await page.keyboard.press("Control+Enter");
    await expect.poll(() => approved.getAttribute("data-status")).toBe("approved");
    await page.screenshot({ path: join(ARTIFACTS, "review-editor.png") });

    // Export the approved pairs as TMX through the dialog and read the downloaded file.
    await page.getByRole("toolbar").getByRole("button", { name: "Export" }).click();
    const dialog = page.getByTestId("export-dialog");
    await dialog.getByLabel("Format").selectOption("tmx");
    await dialog.getByLabel(/Approved only/).check();
    const [download] = await Promise.all([page.waitForEvent("download"), dialog.getByRole("link", { name: "Download" }).click()]);
    const file = join(ARTIFACTS, "export.tmx");
    await download.saveAs(file);
    const tmx = readFileSync(file, "utf8");
    expect(tmx).toContain("<tmx");
    const units = [...tmx.matchAll(/<tu[\s>][\s\S]*?<\/tu>/g)].map((m) => m[0]);
    const corrected = units.filter((u) => /<seg>Noah Smith/.test(u.split(/xml:lang="pt/i)[1] ?? ""));
    expect(corrected.length).toBeGreaterThanOrEqual(1);
    expect(tmx).not.toContain("noé smith");
    await context.close();
  });

  it("lists every shortcut for the role in the ? overlay and runs commands from the palette", async () => {
    const context = await stack.browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await signIn(page, stack.api.url, "translator");
    const documentId = await builtInDocumentId(page, stack.api.url, SLUG);
    await page.goto(`${stack.api.url}/#/documents/${documentId}`);
    await page.locator("[data-pair-row]").first().waitFor();
    const currentIndex = () => page.locator('[data-pair-row][aria-current="true"] .pair__index').innerText();
    expect(await currentIndex()).toBe("1");

    await page.keyboard.press("Alt+ArrowDown");
    await page.keyboard.press("Alt+ArrowDown");
    expect(await currentIndex()).toBe("3");
    await page.keyboard.press("Alt+ArrowUp");
    expect(await currentIndex()).toBe("2");

    await page.keyboard.press("Shift+Slash");
    const help = page.getByTestId("shortcuts");
    await help.waitFor();
    const text = await help.innerText();
    for (const key of ["Ctrl+Enter", "Alt+↓", "Ctrl+.", "Esc", "Ctrl+K", "?"]) expect(text).toContain(key);
    // A translator is not offered what only editors may do.
    expect(text).not.toMatch(/Reject|Approve the/);
    await page.keyboard.press("Escape");
    await help.waitFor({ state: "detached" });

    await page.keyboard.press("Control+k");
    await page.getByLabel("Command", { exact: true }).fill("next pair");
    await page.keyboard.press("Enter");
    await expect.poll(currentIndex).toBe("3");

    // Enter edits in place, Esc leaves without a change to save.
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("[data-pt-editor]").count()).toBe(1);
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("[data-pt-editor]").count()).toBe(0);
    await context.close();
  });
});
