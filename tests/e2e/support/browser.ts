import { chromium, type Browser, type Page } from "playwright-core";
import { listDocuments } from "@alinha/corpus";

/** Debian's Chromium (playwright's own download cannot reach its server in CI). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Headless Chromium with nothing that phones home. launch() gives every run a fresh
 * temporary profile (user-data-dir), so no state leaks between runs.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** Signs in through the login form, as a user would. */
export async function signIn(page: Page, baseUrl: string, username: string, password = username): Promise<void> {
  await page.goto(`${baseUrl}/#/documents`);
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByTestId("current-user").waitFor();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByLabel("Username").waitFor();
}

/** Opens a document's review screen and narrows the grid to pairs containing `text`. */
export async function openAndSearch(page: Page, baseUrl: string, documentId: string, text: string): Promise<void> {
  await page.goto(`${baseUrl}/#/documents/${documentId}`);
  await page.locator("[data-pair-row]").first().waitFor();
  await page.getByLabel("Search pairs").fill(text);
}

/**
 * The API's id for a built-in document. The corpus slug is the stable id the seed step is
 * meant to use; if the API keyed documents otherwise, the corpus title finds the same one.
 */
export async function builtInDocumentId(page: Page, baseUrl: string, slug: string): Promise<string> {
  const response = await page.request.get(`${baseUrl}/api/documents`);
  const { documents } = (await response.json()) as { documents: { id: string; title: string }[] };
  const title = listDocuments().find((d) => d.id === slug)?.title;
  const found = documents.find((d) => d.id === slug) ?? documents.find((d) => d.title === title);
  if (!found) throw new Error(`built-in document ${slug} is not in the list`);
  return found.id;
}

/** The review grid's current pair (the one the shortcuts act on). */
export const currentRow = (page: Page) => page.locator('[data-pair-row][aria-current="true"]');
