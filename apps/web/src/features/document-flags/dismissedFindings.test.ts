import { describe, expect, it } from "vitest";
import type { DocumentFlag } from "../../api/types.ts";
import { dismissedToggleLabel, occurrencesLabel, shownFindings } from "./dismissedFindings.ts";

const finding = (text: string, dismissed?: boolean, occurrences?: number): DocumentFlag => ({
  code: "casing-name", family: "casing", severity: "warning", text, message: `«${text}»`, suggestion: null,
  ...(dismissed === undefined ? {} : { dismissed }), ...(occurrences === undefined ? {} : { occurrences }),
});

describe("the document findings listed", () => {
  const flags = [finding("ana", false, 9), finding("rui", true), finding("<b>eva</b>")];

  it("hides the dismissed ones by default, and counts them for the toggle", () => {
    const { shown, dismissed } = shownFindings(flags, false);
    expect(shown.map((f) => f.text)).toEqual(["ana", "<b>eva</b>"]);
    expect(dismissed).toBe(1);
    expect(dismissedToggleLabel(dismissed, false)).toBe("Show 1 dismissed");
  });

  it("shows them all, in order, when asked", () => {
    const { shown, dismissed } = shownFindings(flags, true);
    expect(shown.map((f) => f.text)).toEqual(["ana", "rui", "<b>eva</b>"]);
    expect(dismissedToggleLabel(dismissed, true)).toBe("Hide dismissed");
  });

  it("offers no toggle with nothing dismissed, and lists nothing for no findings", () => {
    expect(dismissedToggleLabel(shownFindings([finding("ana")], false).dismissed, false)).toBeNull();
    expect(shownFindings(undefined, false)).toEqual({ shown: [], dismissed: 0 });
  });

  it("marks a repeated finding with its count", () => {
    expect(occurrencesLabel(finding("ana", false, 9))).toBe("×9");
    expect(occurrencesLabel(finding("ana"))).toBeNull();
    expect(occurrencesLabel(finding("ana", false, 1))).toBeNull();
  });
});
