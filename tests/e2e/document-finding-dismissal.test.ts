import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { allPairs, importThroughApi } from "./support/api-read.ts";
import { signIn } from "./support/browser.ts";
import { ARTIFACTS } from "./support/paths.ts";
import { useStack } from "./support/stack.ts";

// Issue 12: a word one check flags all through a document is one finding (×N, one fix-all), and a
// reviewer who judges it a false alarm dismisses it once; the dismissal is kept on the server.
describe("a finding about the whole document", () => {
  const stack = useStack();

  it("is reported once with its count, dismissed with a reason, kept dismissed after a reload, and restored", async () => {
    const context = await stack.browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await signIn(page, stack.api.url, "translator");
    const doc = await importThroughApi(page, stack.api.url, {
      title: "Caracteres",
      pt: "O caracter é lido pelo programa.\n\nCada caracter conta no total.\n\nUm caracter a mais muda tudo.\n\nO resto fica igual.",
      en: "The character is read by the program.\n\nEach character counts in the total.\n\nOne more character changes everything.\n\nThe rest stays the same.",
    });
    // The three pairs carry no flag of their own: the document reports the word once.
    expect((await allPairs(page, stack.api.url, doc.id)).flatMap((p) => p.flags.map((f) => f.text))).not.toContain("caracter");
    await page.goto(`${stack.api.url}/#/documents/${doc.id}`);
    await page.locator("[data-pair-row]").first().waitFor();
    const findings = page.getByTestId("document-flags").first();
    await expect.poll(() => findings.innerText()).toContain("«caracter» is flagged 3 times");
    expect(await findings.innerText()).toContain("×3");
    expect(await findings.getByRole("button", { name: /Fix all: “caracter” → “caractere”/ }).count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, "document-finding-repeated.png") });

    await findings.getByRole("button", { name: "Dismiss…" }).click();
    await page.getByTestId("dismiss-dialog").waitFor();
    await page.keyboard.press("1");
    await expect.poll(async () => (await page.getByTestId("document-flags").first().innerText())).toContain("Show 1 dismissed");
    expect(await page.getByTestId("document-flags").first().innerText()).not.toContain("«caracter»");
    await page.screenshot({ path: join(ARTIFACTS, "document-finding-dismissed.png") });

    // Kept by the server: a reload shows it dismissed still.
    await page.reload();
    await page.locator("[data-pair-row]").first().waitFor();
    const again = page.getByTestId("document-flags").first();
    await expect.poll(() => again.innerText()).toContain("Show 1 dismissed");
    await again.getByRole("button", { name: "Show 1 dismissed" }).click();
    await again.getByRole("button", { name: "Restore" }).click();
    // Open again: it offers its dismissal and its fix-all, and nothing is left to show as dismissed.
    await expect.poll(() => page.getByTestId("document-flags").first().getByRole("button", { name: "Dismiss…" }).count()).toBe(1);
    expect(await page.getByTestId("document-flags").first().innerText()).toContain("«caracter» is flagged 3 times");
    expect(await page.getByTestId("document-flags").first().innerText()).not.toMatch(/dismissed/);
    await context.close();
  });
});
