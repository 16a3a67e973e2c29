import { Router } from "express";
import { z } from "zod";
import type { AppContext } from "../../app-context.ts";
import {
  ApproveBody, ConfirmBody, MatchesQuery, MatchesResponse, ReopenBody, StatusResponse, CommentBody, CommentResponse, DismissFlagBody, EditPairBody, FlagParams, IdParams, MoveBody, PairDetailResponse,
  PairResponse, PairsResponse, Problem, RejectBody, RevertBody, SplitBody, VersionBody,
} from "../../contract/index.ts";
import { NotFound } from "../../common/errors.ts";
import { parse } from "../../common/validate.ts";
import { currentUser, requireRole } from "../auth/require-role.ts";
import { toComment, toEdit, toPair } from "./pair-dto.ts";
import { findPair } from "./pair-writer.ts";
import { RestructureService } from "./restructure-service.ts";
import { ReviewService } from "./review-service.ts";
import { memoryFor } from "../memory/memory-service.ts";


export function pairsRouter(ctx: AppContext): Router {
  const router = Router();
  const review = new ReviewService(ctx);
  const restructure = new RestructureService(ctx);
  const memory = memoryFor(ctx);
  const json = (schema: z.ZodType) => ({ content: { "application/json": { schema } } });
  const problems = {
    401: { description: "Not logged in", content: { "application/problem+json": { schema: Problem } } },
    404: { description: "No such pair", content: { "application/problem+json": { schema: Problem } } },
    403: { description: "The pair is approved and you are not an editor", content: { "application/problem+json": { schema: Problem } } },
    409: { description: "Stale version (`current` holds the pair as stored now), or open error flags (`type` …/open-errors, `flags`)", content: { "application/problem+json": { schema: Problem } } },
    422: { description: "Invalid request", content: { "application/problem+json": { schema: Problem } } },
  };
  function register(method: "get" | "post" | "patch", path: string, summary: string, body: z.ZodType | undefined, response: z.ZodType, params: z.ZodObject = IdParams) {
    ctx.registry.registerPath({
      method, path: `/api/pairs${path}`, tags: ["pairs"], summary,
      request: { params, ...(body ? { body: json(body) } : {}) },
      responses: { 200: { description: "OK", ...json(response) }, ...problems },
    });
  }

  register("get", "/{id}", "A pair with its flags, history and comments", undefined, PairDetailResponse);
  router.get("/:id", requireRole("translator"), async (req, res) => {
    const { id } = parse(IdParams, req.params);
    const row = await findPair(ctx.sql, id);
    if (!row) throw new NotFound("pair", id);
    const [edits, comments] = await Promise.all([
      ctx.prisma.edit.findMany({ where: { pairId: id }, orderBy: { version: "asc" } }),
      ctx.prisma.comment.findMany({ where: { pairId: id }, orderBy: { createdAt: "asc" } }),
    ]);
    res.json({ pair: toPair(row), edits: edits.map(toEdit), comments: comments.map(toComment) });
  });

  register("patch", "/{id}", "Edit the Portuguese (with the version read)", EditPairBody, PairResponse);
  router.patch("/:id", requireRole("translator"), async (req, res) => {
    const { id } = parse(IdParams, req.params);
    const body = parse(EditPairBody, req.body);
    res.json({ pair: await review.edit(id, body.ptText, body.version, currentUser(req)) });
  });

  register("post", "/{id}/flags/{flagId}/apply", "Apply a flag's suggestion", VersionBody, PairResponse, FlagParams);
  router.post("/:id/flags/:flagId/apply", requireRole("translator"), async (req, res) => {
    const { id, flagId } = parse(FlagParams, req.params);
    const body = parse(VersionBody, req.body);
    res.json({ pair: await review.applySuggestion(id, flagId, body.version, currentUser(req)) });
  });

  register("post", "/{id}/flags/{flagId}/dismiss", "Dismiss a flag with a reason", DismissFlagBody, PairResponse, FlagParams);
  router.post("/:id/flags/:flagId/dismiss", requireRole("translator"), async (req, res) => {
    const { id, flagId } = parse(FlagParams, req.params);
    const body = parse(DismissFlagBody, req.body);
    res.json({ pair: await review.dismissFlag(id, flagId, body.reason, currentUser(req)) });
  });

  register("post", "/{id}/confirm", "Confirm the pair (translator); 409 open-errors while an error flag is open, unless `override`", ConfirmBody, StatusResponse);
  router.post("/:id/confirm", requireRole("translator"), async (req, res) => {
    const { id } = parse(IdParams, req.params);
    const body = parse(ConfirmBody, req.body);
    res.json(await review.setStatus(id, body.version, "confirm", currentUser(req), undefined, body.override));
  });

  register("post", "/{id}/approve", "Approve the pair (editor); 409 open-errors while an error flag is open, unless `override`", ApproveBody, StatusResponse);
  router.post("/:id/approve", requireRole("editor"), async (req, res) => {
    const { id } = parse(IdParams, req.params);
    const body = parse(ApproveBody, req.body);
    res.json(await review.setStatus(id, body.version, "approve", currentUser(req), body.comment, body.override));
  });

  register("post", "/{id}/reopen", "Take a signed-off pair back to work (an approved one: editor)", ReopenBody, PairResponse);
  router.post("/:id/reopen", requireRole("translator"), async (req, res) => {
    const { id } = parse(IdParams, req.params);
    const body = parse(ReopenBody, req.body);
    res.json({ pair: await review.reopen(id, body.version, currentUser(req), body.reason) });
  });

  register("get", "/{id}/matches", "Translation-memory matches for the pair's English (score ≥ 0.7, best first)", undefined, MatchesResponse);
  router.get("/:id/matches", requireRole("translator"), async (req, res) => {
    const { id } = parse(IdParams, req.params);
    const query = parse(MatchesQuery, req.query);
    const [row] = await ctx.sql.query(`SELECT "enText" FROM "Pair" WHERE "id" = ? AND "removed" = ?`, [id, false]);
    if (!row) throw new NotFound("pair", id);
    res.json({ matches: await memory.lookup(String(row["enText"] ?? ""), { minScore: query.minScore, limit: query.limit, pairId: id }) });
  });

  register("post", "/{id}/reject", "Send the pair back with a comment (editor)", RejectBody, PairResponse);
  router.post("/:id/reject", requireRole("editor"), async (req, res) => {
    const { id } = parse(IdParams, req.params);
    const body = parse(RejectBody, req.body);
    res.json({ pair: (await review.setStatus(id, body.version, "reject", currentUser(req), body.comment)).pair });
  });

  register("post", "/{id}/merge-next", "Merge with the next pair", VersionBody, PairsResponse);
  router.post("/:id/merge-next", requireRole("translator"), async (req, res) => {
    const { id } = parse(IdParams, req.params);
    const body = parse(VersionBody, req.body);
    res.json({ pairs: await restructure.mergeNext(id, body.version, currentUser(req)) });
  });

  register("post", "/{id}/split", "Split the pair in two at the given offsets", SplitBody, PairsResponse);
  router.post("/:id/split", requireRole("translator"), async (req, res) => {
    const { id } = parse(IdParams, req.params);
    const body = parse(SplitBody, req.body);
    res.json({ pairs: await restructure.split(id, body.version, body.ptAt, body.enAt, currentUser(req), body.reason) });
  });

  register("post", "/{id}/move", "Move the first/last sentence of one side to a neighbour", MoveBody, PairsResponse);
  router.post("/:id/move", requireRole("translator"), async (req, res) => {
    const { id } = parse(IdParams, req.params);
    const body = parse(MoveBody, req.body);
    res.json({ pairs: await restructure.move(id, body.version, body.side, body.direction, currentUser(req)) });
  });

  register("post", "/{id}/revert", "Restore the text of an earlier edit (as a new edit)", RevertBody, PairResponse);
  router.post("/:id/revert", requireRole("translator"), async (req, res) => {
    const { id } = parse(IdParams, req.params);
    const body = parse(RevertBody, req.body);
    res.json({ pair: await review.revert(id, body.version, body.editId, currentUser(req)) });
  });

  register("post", "/{id}/comments", "Comment on a pair", CommentBody, CommentResponse);
  router.post("/:id/comments", requireRole("translator"), async (req, res) => {
    const { id } = parse(IdParams, req.params);
    const body = parse(CommentBody, req.body);
    res.status(201).json({ comment: await review.comment(id, body.body, currentUser(req)) });
  });

  return router;
}
