import { describe, expect, it } from "vitest";
import { importThroughApi } from "./support/api-read.ts";
import { signIn } from "./support/browser.ts";
import { useStack } from "./support/stack.ts";

describe("safe defaults in the browser", () => {
  const stack = useStack();

  it("the login screen says the demo accounts exist", async () => {
    const page = await (await stack.browser.newContext()).newPage();
    await page.goto(`${stack.api.url}/#/documents`);
    const banner = page.getByTestId("demo-accounts");
    await banner.waitFor();
    expect(await banner.innerText()).toMatch(/Demo accounts are enabled:.*admin \/ admin.*editor \/ editor.*translator \/ translator/s);
  });

  it("an admin deletes a document from the documents screen and restores it from the trash", async () => {
    const page = await (await stack.browser.newContext()).newPage();
    page.on("dialog", (dialog) => void dialog.accept());
    await signIn(page, stack.api.url, "admin");
    // An import is a job (202): followed until it made the document.
    const created = await importThroughApi(page, stack.api.url, { title: "Documento descartável", pt: "Uma frase. Outra frase." });
    expect(created.id).toEqual(expect.any(String));
    // The list was loaded at sign-in, before the import: load it again.
    await page.reload();
    // Same-origin requests from the app's own pages pass the cross-site check.
    await page.getByRole("button", { name: "Delete Documento descartável" }).click();
    await expect.poll(() => page.getByText("Documento descartável").count()).toBe(0);

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Trash" }).click();
    const row = page.getByTestId("trashed-document").filter({ hasText: "Documento descartável" });
    await row.waitFor();
    await row.getByRole("button", { name: "Restore Documento descartável" }).click();
    await expect.poll(() => page.getByRole("status").innerText()).toMatch(/Restored “Documento descartável”/);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Documents" }).click();
    await page.getByText("Documento descartável").first().waitFor();
  });

  it("a translator has no trash", async () => {
    const page = await (await stack.browser.newContext()).newPage();
    await signIn(page, stack.api.url, "translator");
    expect(await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Trash" }).count()).toBe(0);
  });
});
