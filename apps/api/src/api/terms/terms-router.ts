import { Router } from "express";
import type { AppContext } from "../../app-context.ts";
import { CreateTermBody, IdParams, Problem, TermListResponse, TermResponse, UpdateTermBody, type Term } from "../../contract/index.ts";
import { Conflict, NotFound } from "../../common/errors.ts";
import { parse } from "../../common/validate.ts";
import { requireRole } from "../auth/require-role.ts";
import { z } from "zod";

type TermRow = { id: string; term: string; kind: string; policy: string; replacement: string | null; note: string | null; aliases: string };

export function toTerm(row: TermRow): Term {
  return {
    id: row.id, term: row.term, kind: row.kind, policy: row.policy as Term["policy"], replacement: row.replacement, note: row.note,
    aliases: JSON.parse(row.aliases) as string[],
  };
}


export function termsRouter(ctx: AppContext): Router {
  const router = Router();
  const { prisma, registry } = ctx;
  const problem = { content: { "application/problem+json": { schema: Problem } } };
  const json = (schema: z.ZodType) => ({ content: { "application/json": { schema } } });

  async function ensureUnique(term: string, exceptId?: string): Promise<void> {
    const existing = await prisma.term.findUnique({ where: { term } });
    if (existing && existing.id !== exceptId) throw new Conflict(`The term "${term}" is already in the list.`);
  }

  registry.registerPath({ method: "get", path: "/api/terms", tags: ["terms"], summary: "The glossary", responses: { 200: { description: "All terms", ...json(TermListResponse) }, 401: { description: "Not logged in", ...problem } } });
  router.get("/", requireRole("translator"), async (_req, res) => {
    const rows = await prisma.term.findMany({ orderBy: { term: "asc" } });
    res.json({ terms: rows.map(toTerm) });
  });

  registry.registerPath({ method: "post", path: "/api/terms", tags: ["terms"], summary: "Add a term (editor)", request: { body: json(CreateTermBody) }, responses: { 201: { description: "Created", ...json(TermResponse) }, 403: { description: "Not an editor", ...problem }, 409: { description: "Duplicate", ...problem } } });
  router.post("/", requireRole("editor"), async (req, res) => {
    const body = parse(CreateTermBody, req.body);
    await ensureUnique(body.term);
    const row = await prisma.term.create({ data: { term: body.term, kind: body.kind, policy: body.policy, replacement: body.replacement ?? null, note: body.note ?? null, aliases: JSON.stringify(body.aliases) } });
    await ctx.terms.invalidate();
    res.status(201).json({ term: toTerm(row) });
  });

  registry.registerPath({ method: "patch", path: "/api/terms/{id}", tags: ["terms"], summary: "Change a term (editor)", request: { params: IdParams, body: json(UpdateTermBody) }, responses: { 200: { description: "Changed", ...json(TermResponse) }, 404: { description: "No such term", ...problem } } });
  router.patch("/:id", requireRole("editor"), async (req, res) => {
    const { id } = parse(IdParams, req.params);
    const body = parse(UpdateTermBody, req.body);
    if (!(await prisma.term.findUnique({ where: { id } }))) throw new NotFound("term", id);
    if (body.term) await ensureUnique(body.term, id);
    const { aliases, ...rest } = body;
    const row = await prisma.term.update({ where: { id }, data: { ...rest, ...(aliases ? { aliases: JSON.stringify(aliases) } : {}) } });
    await ctx.terms.invalidate();
    res.json({ term: toTerm(row) });
  });

  registry.registerPath({ method: "delete", path: "/api/terms/{id}", tags: ["terms"], summary: "Delete a term (editor)", request: { params: IdParams }, responses: { 204: { description: "Deleted" }, 404: { description: "No such term", ...problem } } });
  router.delete("/:id", requireRole("editor"), async (req, res) => {
    const { id } = parse(IdParams, req.params);
    const { count } = await prisma.term.deleteMany({ where: { id } });
    if (count === 0) throw new NotFound("term", id);
    await ctx.terms.invalidate();
    res.status(204).end();
  });

  return router;
}
