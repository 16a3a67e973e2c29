import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { allPairs, importThroughApi, pairOf } from "./support/api-read.ts";
import { currentRow, signIn } from "./support/browser.ts";
import { ARTIFACTS } from "./support/paths.ts";
import { useStack } from "./support/stack.ts";

// One sentence of the file cut into two lines by a page break: the aligner joins them (the
// English has one sentence there); the reviewer sees the join and undoes it in one click.
const CUT = "Esta frase muito longa começa aqui e continua por várias palavras até ser cortada";
const REST = "pela quebra de página que a dividiu em dois blocos.";
const PT = `Primeira frase curta.\n\n${CUT}\n\n${REST}\n\nÚltima frase do texto.`;
const EN = "First short sentence.\n\nThis very long sentence starts here and goes on for several words until it is cut by the page break that split it into two blocks.\n\nLast sentence of the text.";

async function openAt(page: Page, baseUrl: string, documentId: string, pairId: string): Promise<void> {
  await page.goto(`${baseUrl}/#/documents/${documentId}/${pairId}`);
  await page.locator("[data-pair-row]").first().waitFor();
  await expect.poll(() => currentRow(page).getAttribute("data-pair-id"), { timeout: 15_000 }).toBe(pairId);
}

describe("page-break repairs in the review screen (issue 13)", () => {
  const stack = useStack();

  it("marks a pair the aligner joined from two lines, and 'Split at the line break' undoes it, recorded in the history", async () => {
    const context = await stack.browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await signIn(page, stack.api.url, "translator");
    const doc = await importThroughApi(page, stack.api.url, { title: "Quebra de página", pt: PT, en: EN });
    const joined = (await allPairs(page, stack.api.url, doc.id)).find((p) => p.ptText.startsWith("Esta frase"))!;
    await openAt(page, stack.api.url, doc.id, joined.id);
    // Only the joined pair is marked.
    expect(await page.getByTestId("page-break-joined").count()).toBe(1);
    expect(await currentRow(page).getByTestId("page-break-joined").count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, "page-break-joined.png") });
    await currentRow(page).getByTestId("page-break-undo").click();
    await expect.poll(async () => (await allPairs(page, stack.api.url, doc.id)).map((p) => p.ptText), { timeout: 15_000 })
      .toEqual(["Primeira frase curta.", CUT, REST, "Última frase do texto."]);
    const history = await pairOf(page, stack.api.url, joined.id);
    expect(history.edits.map((e) => e.action)).toEqual(["import", "split"]);
    await expect.poll(() => page.getByTestId("page-break-joined").count()).toBe(0);
    await context.close();
  });
});
