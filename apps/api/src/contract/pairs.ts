import { z } from "zod";
import { Comment, Edit, Id, Pair, ReadVersion as version } from "./common.ts";
import { storable } from "./text.ts";

export const EditPairBody = z
  .object({ ptText: storable(z.string().max(100_000)), version })
  .meta({ id: "EditPairBody" });
export const VersionBody = z.object({ version }).meta({ id: "VersionBody" });
export const ApproveBody = z
  .object({ version, comment: storable(z.string().max(5000)).optional() })
  .meta({ id: "ApproveBody" });
export const RejectBody = z
  .object({ version, comment: storable(z.string().trim().min(1).max(5000)) })
  .meta({ id: "RejectBody" });
export const DismissFlagBody = z
  .object({ reason: storable(z.string().trim().min(1).max(1000)) })
  .meta({ id: "DismissFlagBody" });
export const SplitBody = z
  .object({ version, ptAt: z.number().int().min(0), enAt: z.number().int().min(0) })
  .meta({ id: "SplitBody" });
export const MoveBody = z
  .object({ version, side: z.enum(["pt", "en"]), direction: z.enum(["to-prev", "to-next"]) })
  .meta({ id: "MoveBody" });
export const RevertBody = z.object({ version, editId: Id }).meta({ id: "RevertBody" });
export const CommentBody = z.object({ body: storable(z.string().trim().min(1).max(5000)) }).meta({ id: "CommentBody" });

export const FlagParams = z.object({ id: Id, flagId: Id });

export const PairResponse = z.object({ pair: Pair }).meta({ id: "PairResponse" });
export const PairsResponse = z.object({ pairs: z.array(Pair) }).meta({ id: "PairsResponse" });
export const PairDetailResponse = z
  .object({ pair: Pair, edits: z.array(Edit), comments: z.array(Comment) })
  .meta({ id: "PairDetailResponse" });
export const CommentResponse = z.object({ comment: Comment }).meta({ id: "CommentResponse" });
