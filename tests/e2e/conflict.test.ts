import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { builtInDocumentId, openAndSearch, signIn } from "./support/browser.ts";
import { useStack } from "./support/stack.ts";

const SLUG = "amodei-ai-unicorn";
const NEEDLE = "bell labs da era";

async function editFirstMatch(page: Page, text: string): Promise<string> {
  const pair = page.locator("[data-pair-row]").first();
  const id = (await pair.getAttribute("data-pair-id")) ?? "";
  await pair.locator(".pair__pt").click();
  const editor = page.locator("[data-pt-editor]");
  await editor.fill(text);
  return id;
}

describe("two people edit the same pair", () => {
  const stack = useStack();

  it("shows the other version on a conflict and lets the second person keep theirs", async () => {
    const alice = await (await stack.browser.newContext()).newPage();
    const bob = await (await stack.browser.newContext()).newPage();
    await signIn(alice, stack.api.url, "translator");
    await signIn(bob, stack.api.url, "editor");
    const DOCUMENT = await builtInDocumentId(alice, stack.api.url, SLUG);
    await openAndSearch(alice, stack.api.url, DOCUMENT, NEEDLE);
    await openAndSearch(bob, stack.api.url, DOCUMENT, NEEDLE);

    // Bob starts typing (live review leaves a pair he is editing as he found it)…
    const pairId = await editFirstMatch(bob, "O Google não se tornou o Bell Labs da era da IA (versão do Bob).");
    // …Alice saves first (Esc leaves editing and saves)…
    expect(await editFirstMatch(alice, "O Google não se tornou o Bell Labs da era da IA (versão da Alice).")).toBe(pairId);
    await alice.keyboard.press("Escape");
    await expect.poll(() => alice.locator(`[data-pair-id="${pairId}"] .pair__pt`).innerText()).toContain("versão da Alice");
    await expect.poll(() => alice.locator(".unsaved").count()).toBe(0);

    // …then Bob, whose text started from the version before Alice's, saves his.
    await bob.keyboard.press("Escape");
    const dialog = bob.getByTestId("conflict-dialog");
    await dialog.waitFor();
    expect(await dialog.getByTestId("conflict-theirs").innerText()).toContain("versão da Alice");
    expect(await dialog.getByTestId("conflict-mine").innerText()).toContain("versão do Bob");

    await dialog.getByRole("button", { name: "Keep mine" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect.poll(() => bob.locator(`[data-pair-id="${pairId}"] .pair__pt`).innerText()).toContain("versão do Bob");

    // Nothing was dropped: both versions are in the history Alice sees after a reload.
    await alice.reload();
    await alice.getByLabel("Search pairs").fill("versão do Bob");
    await alice.locator(`[data-pair-id="${pairId}"] .pair__en`).click();
    // The newest entry turns Alice's words into Bob's; the one before it added Alice's.
    const entries = alice.getByTestId("history").locator("li");
    await expect.poll(() => entries.count()).toBeGreaterThanOrEqual(3);
    expect(await entries.nth(0).locator("del").allInnerTexts()).toContain("Alice");
    expect(await entries.nth(0).locator("ins").allInnerTexts()).toContain("Bob");
    expect((await entries.nth(1).locator("ins").allInnerTexts()).join(" ")).toContain("Alice");
  });

  it("keeps an unsaved edit across a page reload", async () => {
    const page = await (await stack.browser.newContext()).newPage();
    await signIn(page, stack.api.url, "translator");
    await openAndSearch(page, stack.api.url, await builtInDocumentId(page, stack.api.url, SLUG), "energia solar");
    const pairId = await editFirstMatch(page, "Texto ainda não guardado.");
    // The URL follows the current pair, so the reload comes back to it.
    expect(page.url()).toContain(pairId);
    await page.reload();
    await page.locator(`[data-pair-id="${pairId}"]`).waitFor();
    const row = page.locator(`[data-pair-id="${pairId}"]`);
    expect(await row.locator(".pair__pt").innerText()).toContain("Texto ainda não guardado.");
    expect(await row.locator(".unsaved").count()).toBe(1);
  });
});
