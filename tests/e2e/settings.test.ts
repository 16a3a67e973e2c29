import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { importThroughApi } from "./support/api-read.ts";
import { signIn } from "./support/browser.ts";
import { useStack } from "./support/stack.ts";

/** European forms ("equipa", "projecto", "bilião") that a Brazilian-Portuguese workspace flags. */
const PT = "A equipa lançou o projecto em Lisboa.\n\nO custo foi de um bilião de reais.";

const variantMarks = (page: Page) => page.locator("[data-pair-row] .flag--variant");

describe("workspace settings", () => {
  const stack = useStack();

  it("an editor turns a check off, re-checks every document, and its flags are gone from the review screen", async () => {
    const page = await (await stack.browser.newContext()).newPage();
    await signIn(page, stack.api.url, "editor");
    const document = await importThroughApi(page, stack.api.url, { title: "Equipa europeia", pt: PT });

    await page.goto(`${stack.api.url}/#/documents/${document.id}`);
    await page.locator("[data-pair-row]").first().waitFor();
    await expect.poll(() => variantMarks(page).filter({ hasText: "equipa" }).count()).toBeGreaterThan(0);
    expect(await variantMarks(page).filter({ hasText: "bilião" }).count()).toBeGreaterThan(0);

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
    const variantSwitch = page.getByRole("switch", { name: "Form of the other variant" });
    await variantSwitch.waitFor();
    expect(await variantSwitch.isChecked()).toBe(true);
    await variantSwitch.click();
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByRole("button", { name: "Re-check all documents now" }).click();
    await expect.poll(() => page.getByRole("status").innerText(), { timeout: 90_000 }).toMatch(/Re-checked \d+ documents; flags changed on [1-9]\d* pairs/);

    await page.goto(`${stack.api.url}/#/documents/${document.id}`);
    await page.locator("[data-pair-row]").first().waitFor();
    await expect.poll(() => page.locator("[data-pair-row]").count()).toBeGreaterThanOrEqual(2);
    expect(await variantMarks(page).count()).toBe(0);

    // A translator sees the same settings and cannot change them.
    const reader = await (await stack.browser.newContext()).newPage();
    await signIn(reader, stack.api.url, "translator");
    await reader.goto(`${stack.api.url}/#/settings`);
    const readOnly = reader.getByRole("switch", { name: "Form of the other variant" });
    await readOnly.waitFor();
    expect(await readOnly.isChecked()).toBe(false);
    expect(await readOnly.isDisabled()).toBe(true);
    expect(await reader.getByRole("button", { name: "Save settings" }).count()).toBe(0);
  });
});
