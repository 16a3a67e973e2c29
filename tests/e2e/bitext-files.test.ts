import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { allPairs } from "./support/api-read.ts";
import { signIn } from "./support/browser.ts";
import { ARTIFACTS } from "./support/paths.ts";
import { useStack } from "./support/stack.ts";

/** A memory from another tool, in UTF-16 as Windows tools write it, with a bold word marked. */
const TMX = `<?xml version="1.0" encoding="UTF-16"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en-US" datatype="plaintext"/>
<body>
<tu tuid="a"><tuv xml:lang="en-US"><seg>Hello <bpt i="1">&lt;b&gt;</bpt>world<ept i="1">&lt;/b&gt;</ept>.</seg></tuv><tuv xml:lang="pt-BR"><seg>Olá <bpt i="1">&lt;b&gt;</bpt>mundo<ept i="1">&lt;/b&gt;</ept>.</seg></tuv></tu>
<tu tuid="b"><tuv xml:lang="en-US"><seg>Goodbye.</seg></tuv><tuv xml:lang="pt-BR"><seg>Adeus.</seg></tuv></tu>
</body></tmx>`;

describe("files from other CAT tools, in the web app", () => {
  const stack = useStack();

  it("imports an uploaded TMX as its pairs (codes as tokens), and re-imports an XLIFF edited elsewhere", async () => {
    const context = await stack.browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await signIn(page, stack.api.url, "translator");
    await page.getByRole("button", { name: "Import document" }).click();
    const dialog = page.getByTestId("import-dialog");
    await dialog.getByLabel("Title").fill("Agency memory");
    await dialog.getByLabel(/Portuguese text \(required\)/).setInputFiles({ name: "memory.tmx", mimeType: "application/octet-stream", buffer: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TMX, "utf16le")]) });
    await dialog.getByRole("button", { name: "Import" }).click();
    await page.waitForURL(/#\/documents\//);
    const documentId = decodeURIComponent(page.url().split("#/documents/")[1]!.split("/")[0]!);
    const rows = page.locator("[data-pair-row]");
    await expect.poll(() => rows.count()).toBe(2);
    // The bold markup is two tokens in the Portuguese, not text anyone could break.
    expect(await rows.first().locator(".pair__pt .code-token").count()).toBe(2);
    await expect.poll(() => rows.first().locator(".pair__en .code-token").count(), { timeout: 10_000 }).toBe(2);
    await page.screenshot({ path: join(ARTIFACTS, "bitext-import.png") });

    // Export XLIFF 1.2, change the second target as another tool would, bring it back.
    const xliff = await (await page.request.get(`${stack.api.url}/api/documents/${documentId}/export?format=xliff12`)).text();
    const edited = xliff.replace(/(<target[^>]*>)Adeus\.(<\/target>)/, "$1Até logo.$2");
    expect(edited).not.toBe(xliff);
    await page.getByRole("toolbar").getByRole("button", { name: "Export" }).click();
    const exportDialog = page.getByTestId("export-dialog");
    await exportDialog.getByLabel("Edited file").setInputFiles({ name: "memory.xlf", mimeType: "application/xliff+xml", buffer: Buffer.from(edited) });
    await exportDialog.getByRole("button", { name: "Re-import" }).click();
    await expect.poll(() => exportDialog.getByTestId("reimport").getByRole("status").innerText()).toMatch(/1 pair updated from memory\.xlf; 1 unchanged/);
    const pairs = await allPairs(page, stack.api.url, documentId);
    expect(pairs.map((p) => p.ptText.replace(/[\uE000-\uF8FF]/g, "¤"))).toEqual(["Olá ¤mundo¤.", "Até logo."]);
    await context.close();
  });
});
