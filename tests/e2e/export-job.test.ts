// Exports run as jobs on the server: the dialog shows the job's progress, then the browser
// downloads the file the job built. The API here answers direct downloads for documents of up
// to 10 pairs only, so the built-in document can be exported through the job path alone.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtInDocumentId, signIn } from "./support/browser.ts";
import { ARTIFACTS } from "./support/paths.ts";
import { useStack } from "./support/stack.ts";

// Read by the API this file starts (support/api-server.ts passes the environment on).
process.env["ALINHA_EXPORT_DIRECT_MAX_PAIRS"] = "10";

const SLUG = "amodei-ai-unicorn";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("exporting a document larger than a direct download", () => {
  const stack = useStack();

  it("follows the export job's progress in the dialog, then downloads the DOCX it built", async () => {
    const context = await stack.browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    await signIn(page, stack.api.url, "translator");
    const documentId = await builtInDocumentId(page, stack.api.url, SLUG);
    // Too large to be answered directly: the job is the only way.
    const direct = await page.request.get(`${stack.api.url}/api/documents/${documentId}/export?format=docx-side`);
    expect(direct.status()).toBe(422);
    expect(((await direct.json()) as { detail: string }).detail).toMatch(/built in the background/);

    // Each poll of the job answers a little late, so the progress the dialog shows can be seen.
    const polled: string[] = [];
    await page.route("**/api/jobs/*", async (route) => {
      polled.push(route.request().url());
      await sleep(400);
      await route.continue();
    });
    await page.goto(`${stack.api.url}/#/documents/${documentId}`);
    await page.locator("[data-pair-row]").first().waitFor();
    await page.getByRole("toolbar").getByRole("button", { name: "Export" }).click();
    const dialog = page.getByTestId("export-dialog");
    await dialog.getByLabel("Format").selectOption("docx-side");
    await dialog.getByLabel(/All pairs/).check();
    const downloading = page.waitForEvent("download", { timeout: 60_000 });
    await dialog.getByRole("link", { name: "Download" }).click();
    const progress = dialog.getByTestId("export-progress");
    await progress.waitFor();
    expect(await progress.innerText()).toMatch(/Queued…|Building the file… \d+%/);
    expect(await dialog.getByRole("link", { name: "Preparing…" }).getAttribute("aria-disabled")).toBe("true");
    await page.screenshot({ path: join(ARTIFACTS, "export-job-progress.png") });

    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/-side-by-side\.docx$/);
    expect(download.url()).toMatch(/\/api\/jobs\/[^/]+\/file$/);
    const file = join(ARTIFACTS, "export-job.docx");
    await download.saveAs(file);
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
    expect(bytes.includes("word/document.xml")).toBe(true);
    expect(polled.length).toBeGreaterThan(0);
    // The download handed over, the dialog closes.
    await expect.poll(() => dialog.count()).toBe(0);
    await context.close();
  });

  it("says why when the export job fails, and downloads nothing", async () => {
    const context = await stack.browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    await signIn(page, stack.api.url, "translator");
    const documentId = await builtInDocumentId(page, stack.api.url, SLUG);
    // The job as the API reports a failed one (what a worker that could not build the file leaves).
    await page.route("**/api/jobs/*", (route) => route.fulfill({
      status: 200, contentType: "application/json",
      body: JSON.stringify({ job: { id: "x", kind: "export", state: "failed", progress: 0.4, result: null, documentId, createdAt: "", updatedAt: "", error: { type: "https://alinha.dev/problems/internal-error", title: "Internal error", status: 500, detail: "Something went wrong on the server; it has been logged." } } }),
    }));
    let downloads = 0;
    page.on("download", () => downloads++);
    await page.goto(`${stack.api.url}/#/documents/${documentId}`);
    await page.locator("[data-pair-row]").first().waitFor();
    await page.getByRole("toolbar").getByRole("button", { name: "Export" }).click();
    const dialog = page.getByTestId("export-dialog");
    await dialog.getByLabel("Format").selectOption("xlsx");
    await dialog.getByRole("link", { name: "Download" }).click();
    const alert = dialog.getByRole("alert");
    await expect.poll(() => alert.innerText()).toBe("The export failed: Something went wrong on the server; it has been logged.");
    await page.screenshot({ path: join(ARTIFACTS, "export-job-failed.png") });
    expect(downloads).toBe(0);
    // The dialog stays open with the link ready for another try.
    expect(await dialog.getByRole("link", { name: "Download" }).count()).toBe(1);
    await context.close();
  });
});
