import { describe, expect, it } from "vitest";
import { importedDocument } from "../../../test-support/imported-document.ts";
import { useTestServer } from "../../../test-support/use-test-server.ts";

const server = useTestServer("translator");

describe("checks in the API run with the Portuguese dictionary", () => {
  it("flags a Spanish word leaking into the Portuguese, on import and after an edit", async () => {
    const { pairs } = await importedDocument(server.translator, {
      title: "Hipercrescimento",
      pt: "A empresa viveu um hipercrecimento no ano passado.\n\nDepois disso, contratou muita gente.",
      en: "The company went through hypergrowth last year.\n\nAfter that, it hired many people.",
    });
    const first = pairs[0]!;
    expect(first.flags.map((f) => [f.family, f.text])).toContainEqual(["foreign", "hipercrecimento"]);

    const edited = await server.translator.patch(`/api/pairs/${first.id}`, {
      ptText: "A empresa viveu um hipercrescimento no ano passado.",
      version: first.version,
    });
    expect(edited.status).toBe(200);
    expect(edited.body.pair.flags.filter((f: { family: string }) => f.family === "foreign")).toEqual([]);
  });
});
