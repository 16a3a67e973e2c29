import type { Page } from "playwright-core";

/** Most Tab presses a screen may need before a test calls the element unreachable. */
const MAX_TABS = 60;

/** What has the focus, in the terms a test asserts on: tag, accessible-ish name, a visible ring. */
export interface FocusInfo {
  tag: string;
  name: string;
  /** An outline or a box shadow is drawn around it: a keyboard user can see where they are. */
  ringVisible: boolean;
  /** The data-document-id of the row it sits in, if any. */
  documentId: string | null;
}

export function focusInfo(page: Page): Promise<FocusInfo> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: "body", name: "", ringVisible: false, documentId: null };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    return {
      tag: el.tagName.toLowerCase(),
      name: (el.getAttribute("aria-label") ?? el.textContent ?? "").trim(),
      ringVisible: outline || style.boxShadow !== "none",
      documentId: el.closest<HTMLElement>("[data-document-id]")?.dataset["documentId"] ?? null,
    };
  });
}

/**
 * Presses Tab until the focused element passes `test`, as a keyboard user walks a screen;
 * throws when it is not reached, which is the bug (something only a mouse can get to).
 */
export async function tabUntil(page: Page, what: string, test: (focus: FocusInfo) => boolean): Promise<FocusInfo> {
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press("Tab");
    const focus = await focusInfo(page);
    if (test(focus)) return focus;
  }
  throw new Error(`${what} was not reached with ${MAX_TABS} presses of Tab`);
}

/** Signs in by typing, as the login form is first shown: the username field has the focus. */
export async function signInByKeyboard(page: Page, baseUrl: string, username: string, password = username): Promise<void> {
  await page.goto(`${baseUrl}/#/documents`);
  await page.getByLabel("Username").waitFor();
  await page.keyboard.type(username);
  await page.keyboard.press("Tab");
  await page.keyboard.type(password);
  await page.keyboard.press("Enter");
  await page.getByTestId("current-user").waitFor();
}
