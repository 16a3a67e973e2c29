import { z } from "zod";
import { Comment, Edit, Id, Pair, ReadVersion as version } from "./common.ts";
import { storable } from "./text.ts";

export const EditPairBody = z
  .object({ ptText: storable(z.string().max(100_000)), version })
  .meta({ id: "EditPairBody" });
export const VersionBody = z.object({ version }).meta({ id: "VersionBody" });
/**
 * Confirming or approving over open error-severity flags: the reason is recorded in the
 * history. Without it such a request is answered 409 `open-errors`.
 */
export const QaOverride = z.object({ reason: storable(z.string().trim().min(1).max(1000)) }).meta({ id: "QaOverride" });
export const ConfirmBody = z.object({ version, override: QaOverride.optional() }).meta({ id: "ConfirmBody" });
export const ApproveBody = z
  .object({ version, comment: storable(z.string().max(5000)).optional(), override: QaOverride.optional() })
  .meta({ id: "ApproveBody" });
/** An editor takes an approved pair back to work; a translator may take back their own confirmation. */
export const ReopenBody = z.object({ version, reason: storable(z.string().trim().max(1000)).optional() }).meta({ id: "ReopenBody" });
export const RejectBody = z
  .object({ version, comment: storable(z.string().trim().min(1).max(5000)) })
  .meta({ id: "RejectBody" });
export const DismissFlagBody = z
  .object({ reason: storable(z.string().trim().min(1).max(1000)) })
  .meta({ id: "DismissFlagBody" });
export const SplitBody = z
  .object({
    version, ptAt: z.number().int().min(0), enAt: z.number().int().min(0),
    /** "page-break": the split undoes the aligner's page-break repair at ptAt (recorded so in the history). */
    reason: z.literal("page-break").optional(),
  })
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
/** After a confirm or approve: the pair, and the repetitions of its English filled in with its Portuguese. */
export const StatusResponse = z
  .object({ pair: Pair, autoFilled: z.array(Pair).optional() })
  .meta({ id: "StatusResponse" });
export const CommentResponse = z.object({ comment: Comment }).meta({ id: "CommentResponse" });
