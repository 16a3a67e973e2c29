import { describe, expect, it } from "vitest";
import { TermCache } from "../term-cache.ts";
import { useTestServer } from "../../../test-support/use-test-server.ts";

const server = useTestServer("translator", "editor");
const { translator, editor } = server;

describe("terms", () => {
  it("lets an editor add, change and delete terms; a translator only reads them", async () => {
    expect((await translator.post("/api/terms", { term: "Noah Smith" })).status).toBe(403);
    const created = await editor.post("/api/terms", { term: "Noah Smith", kind: "person" });
    expect(created.status).toBe(201);
    expect(created.body.term).toMatchObject({ term: "Noah Smith", kind: "person", policy: "keep" });
    const id = created.body.term.id;
    expect((await editor.post("/api/terms", { term: "Noah Smith" })).status).toBe(409);
    const changed = await editor.patch(`/api/terms/${id}`, { policy: "forbidden", replacement: "Noé Smith" });
    expect(changed.body.term).toMatchObject({ policy: "forbidden", replacement: "Noé Smith" });
    expect((await translator.get("/api/terms")).body.terms.map((t: { term: string }) => t.term)).toContain("Noah Smith");
    expect((await editor.patch(`/api/terms/${id}`, { policy: "sometimes" })).status).toBe(422);
    expect((await editor.delete(`/api/terms/${id}`)).status).toBe(204);
    expect((await editor.delete(`/api/terms/${id}`)).status).toBe(404);
    expect((await translator.get("/api/terms")).body.terms.map((t: { term: string }) => t.term)).not.toContain("Noah Smith");
  });

  it("keeps a term's aliases, lists them and hands them to the checks", async () => {
    const created = await editor.post("/api/terms", { term: "Sam Altman", kind: "person", aliases: ["Altman", " Sam "] });
    expect(created.body.term.aliases).toEqual(["Altman", "Sam"]);
    const listed = (await translator.get("/api/terms")).body.terms.find((t: { term: string }) => t.term === "Sam Altman");
    expect(listed.aliases).toEqual(["Altman", "Sam"]);
    const changed = await editor.patch(`/api/terms/${created.body.term.id}`, { aliases: ["Altman"] });
    expect(changed.body.term.aliases).toEqual(["Altman"]);
    expect((await editor.patch(`/api/terms/${created.body.term.id}`, { note: "CEO" })).body.term.aliases).toEqual(["Altman"]);
    expect((await editor.patch(`/api/terms/${created.body.term.id}`, { aliases: [""] })).status).toBe(422);
    const options = await new TermCache(server.prisma).checkOptions("pt-BR");
    expect(options.terms.find((t) => t.term === "Sam Altman")?.aliases).toEqual(["Altman"]);
  });

  it("hands the current glossary to the checks", async () => {
    await editor.post("/api/terms", { term: "DeepSeek", kind: "organisation" });
    const options = await server.ctx.terms.checkOptions("pt-BR");
    expect(options.terms.map((t) => t.term)).toContain("DeepSeek");
  });
});
