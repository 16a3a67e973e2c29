import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { getDocument } from "@alinha/corpus";
import { allPairs, importThroughApi } from "./support/api-read.ts";
import { currentRow, signIn } from "./support/browser.ts";
import { ARTIFACTS } from "./support/paths.ts";
import { useStack } from "./support/stack.ts";

async function openAt(page: Page, baseUrl: string, documentId: string, pairId: string): Promise<void> {
  await page.goto(`${baseUrl}/#/documents/${documentId}/${pairId}`);
  await page.locator("[data-pair-row]").first().waitFor();
  await expect.poll(() => currentRow(page).getAttribute("data-pair-id"), { timeout: 15_000 }).toBe(pairId);
}

// Issue 12: every flag has a confidence; the ones the model doubts are stored but shown only on demand.
describe("low-confidence flags in the review screen", () => {
  const stack = useStack();

  it("are hidden until 'Show N low-confidence flags' is pressed, then listed with the pair's other flags", async () => {
    const context = await stack.browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await signIn(page, stack.api.url, "translator");
    const altman = getDocument("altman-a16z-infrastructure");
    const doc = await importThroughApi(page, stack.api.url, { title: "Altman", pt: altman.pt, en: altman.en });
    const pairs = await allPairs(page, stack.api.url, doc.id);
    const open = pairs.flatMap((p) => p.flags.filter((f) => !f.dismissed && f.lowConfidence).map(() => p));
    // The page's related-article headline ("Solana Foundation faz parceria…") is a block with no English at all: its
    // omission flag is stored at low confidence (another version's block, or an addition).
    expect(open.length).toBeGreaterThan(0);
    const pair = open[0]!;
    const shown = pair.flags.filter((f) => !f.dismissed && !f.lowConfidence).length;
    const low = pair.flags.filter((f) => !f.dismissed && f.lowConfidence).length;
    await openAt(page, stack.api.url, doc.id, pair.id);
    const toggle = page.getByTestId("low-confidence-toggle");
    await expect.poll(() => toggle.textContent()).toBe(`Show ${open.length} low-confidence ${open.length === 1 ? "flag" : "flags"}`);
    await expect.poll(() => page.getByRole("heading", { name: /^Flags \(\d+\)$/ }).textContent()).toBe(`Flags (${shown})`);
    await toggle.click();
    await expect.poll(() => page.getByRole("heading", { name: /^Flags \(\d+\)$/ }).textContent()).toBe(`Flags (${shown + low})`);
    expect(await toggle.getAttribute("aria-pressed")).toBe("true");
    // Shown on demand, each says what it is.
    await expect.poll(() => page.getByTestId("low-confidence-label").count()).toBe(low);
    await page.screenshot({ path: join(ARTIFACTS, "low-confidence-shown.png") });
    await toggle.click();
    await expect.poll(() => page.getByRole("heading", { name: /^Flags \(\d+\)$/ }).textContent()).toBe(`Flags (${shown})`);
    await context.close();
  });
});
