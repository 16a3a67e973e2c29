// Changing which sentences belong together: merge with the next pair, split one pair in two,
// move a sentence to a neighbour. Every pair touched gets its own Edit in the same transaction.
//
// These read the pairs inside the transaction: positions shift when a neighbour is merged or
// split, without the pair's own version changing, so a position read before the transaction
// could be stale. (The transaction holds the single writer, so nothing moves while it runs.)
import type { CheckOptions, Range } from "@alinha/aligner";
import type { AppContext } from "../../app-context.ts";
import { isGraphemeBoundary, type Pair, type User } from "../../contract/index.ts";
import { Unprocessable } from "../../common/errors.ts";
import { bulkInsert, newId } from "../../db/bulk-insert.ts";
import { asBool, asNullableString, asString, lockDocumentOfPair, type Sql } from "../../db/sql.ts";
import { checkOptionsFor, withDocument } from "../settings/check-options.ts";
import { beadKind, joinText, sentences, splitRanges } from "./bead-shape.ts";
import { pageBreakAt } from "./page-break.ts";
import { toPair, type PairRow } from "./pair-dto.ts";
import { assertVersion, findPair, inPairTransaction, livePair, replaceFlags, writePairChange, type Author } from "./pair-writer.ts";
import { oneSided, recheck } from "./recheck.ts";
import { assertMayChange } from "./approval-lock.ts";
import { recheckBeside } from "./pair-context.ts";

function author(user: User): Author {
  return { id: user.id, displayName: user.displayName };
}

function ranges(json: string): Range[] {
  return JSON.parse(json) as Range[];
}

/** The live pair `step` positions away, or null at either end of the document. */
async function neighbour(sql: Sql, row: PairRow, step: -1 | 1): Promise<PairRow | null> {
  const [found] = await sql.query(`SELECT "id" FROM "Pair" WHERE "documentId" = ? AND "removed" = ? AND "index" = ?`, [row.documentId, false, row.index + step]);
  return found ? findPair(sql, asString(found["id"])) : null;
}

/** The texts around a run of pairs: the nearest Portuguese and English before and after it. */
interface Outside {
  pt: [before: string | undefined, after: string | undefined];
  en: [before: string | undefined, after: string | undefined];
  /** The live pairs right before `first` and right after `last`, whatever their text (is each one-sided?). */
  adjacent: [before: { ptText: string; enText: string } | undefined, after: { ptText: string; enText: string } | undefined];
}

/**
 * The nearest Portuguese and English before `first` and after `last`, skipping pairs with none
 * on that side, as the whole-document pass finds a pair's neighbours.
 */
async function outside(sql: Sql, documentId: string, first: number, last: number): Promise<Outside> {
  const nearest = async (column: "ptText" | "enText", index: number, step: -1 | 1): Promise<string | undefined> => {
    const [found] = await sql.query(
      `SELECT "${column}" FROM "Pair" WHERE "documentId" = ? AND "removed" = ? AND "index" ${step < 0 ? "<" : ">"} ? AND "${column}" <> '' ORDER BY "index" ${step < 0 ? "DESC" : "ASC"} LIMIT 1`,
      [documentId, false, index],
    );
    return found ? asString(found[column]) : undefined;
  };
  const adjacent = async (index: number, step: -1 | 1): Promise<{ ptText: string; enText: string } | undefined> => {
    const [found] = await sql.query(
      `SELECT "ptText", "enText" FROM "Pair" WHERE "documentId" = ? AND "removed" = ? AND "index" ${step < 0 ? "<" : ">"} ? ORDER BY "index" ${step < 0 ? "DESC" : "ASC"} LIMIT 1`,
      [documentId, false, index],
    );
    return found ? { ptText: asString(found["ptText"]), enText: asString(found["enText"]) } : undefined;
  };
  const [ptBefore, ptAfter, enBefore, enAfter, before, after] = await Promise.all([
    nearest("ptText", first, -1), nearest("ptText", last, +1), nearest("enText", first, -1), nearest("enText", last, +1),
    adjacent(first, -1), adjacent(last, +1),
  ]);
  return { pt: [ptBefore, ptAfter], en: [enBefore, enAfter], adjacent: [before, after] };
}

type Around = { prevPt?: string; nextPt?: string; prevEn?: string; nextEn?: string; prevOneSided: "pt" | "en" | null; nextOneSided: "pt" | "en" | null };

/**
 * Each of a run of adjacent pairs with its nearest non-empty neighbours on each side, the run
 * bounded by the texts outside it.
 */
function neighbours(texts: readonly { ptText: string; enText: string }[], out: Outside): Around[] {
  const near = (side: "ptText" | "enText", k: number, [before, after]: Outside["pt"]) => ({
    prev: texts.slice(0, k).reverse().map((t) => t[side]).find((t) => t) ?? before,
    next: texts.slice(k + 1).map((t) => t[side]).find((t) => t) ?? after,
  });
  return texts.map((_, k) => {
    const pt = near("ptText", k, out.pt);
    const en = near("enText", k, out.en);
    return {
      ...(pt.prev !== undefined ? { prevPt: pt.prev } : {}), ...(pt.next !== undefined ? { nextPt: pt.next } : {}),
      ...(en.prev !== undefined ? { prevEn: en.prev } : {}), ...(en.next !== undefined ? { nextEn: en.next } : {}),
      // The pair right beside, inside the run or out of it: one-sided or not, as checkInputs tells the checks at import.
      prevOneSided: oneSided(k > 0 ? texts[k - 1] : out.adjacent[0]),
      nextOneSided: oneSided(k < texts.length - 1 ? texts[k + 1] : out.adjacent[1]),
    };
  });
}

/** Moves every live pair after `index` by `step` positions (a merge closes the gap, a split opens one). */
async function shiftAfter(sql: Sql, documentId: string, index: number, step: 1 | -1): Promise<void> {
  await sql.execute(`UPDATE "Pair" SET "index" = "index" + ? WHERE "documentId" = ? AND "removed" = ? AND "index" > ?`, [step, documentId, false, index]);
}

interface Setup {
  /** With the document's context: the pairs get the flags the whole-document pass would give them. */
  options: CheckOptions;
  hasEnglish: boolean;
}

export class RestructureService {
  constructor(private readonly ctx: AppContext) {}

  async mergeNext(id: string, version: number, user: User): Promise<Pair[]> {
    const { options, hasEnglish } = await this.setup(id);
    return inPairTransaction(this.ctx.sql, async (tx) => {
      await lockDocumentOfPair(tx, id);
      const a = await livePair(tx, id);
      assertVersion(a, version);
      const b = await neighbour(tx, a, +1);
      if (!b) throw new Unprocessable("No next pair", "This is the last pair of the document; there is nothing to merge it with.");
      assertMayChange(a, user);
      assertMayChange(b, user);
      const out = await outside(tx, a.documentId, a.index, b.index);
      const ptText = joinText(a.ptText, b.ptText);
      const enText = joinText(a.enText, b.enText);
      // The merged Portuguese starts where the first pair's did (or the second's, if the first had none).
      const gapBefore = a.ptText ? a.gapBefore : b.gapBefore;
      const [around] = neighbours([{ ptText, enText }], out);
      const flags = recheck({ ptText, enText, hasEnglish, gapBefore, ...around }, options, [...a.flags, ...b.flags]);
      const now = new Date();
      await writePairChange(tx, a, {
        action: "merge", status: "edited", flags, note: "merged with the next pair",
        data: {
          ptText, enText, ptOriginal: joinText(a.ptOriginal, b.ptOriginal), type: beadKind(ptText, enText),
          ptRanges: JSON.stringify([...ranges(a.ptRanges), ...ranges(b.ptRanges)]),
          enRanges: JSON.stringify([...ranges(a.enRanges), ...ranges(b.enRanges)]),
          confidence: Math.min(a.confidence, b.confidence), gapBefore,
        },
      }, author(user), now);
      await writePairChange(tx, b, { action: "merge", status: b.status as Pair["status"], flags: [], note: `merged into pair ${a.id}`, data: { removed: true, index: -1 } }, author(user), now);
      await shiftAfter(tx, a.documentId, b.index, -1);
      await recheckBeside(tx, a.documentId, [a.index - 1, a.index + 1], options);
      return [toPair(await livePair(tx, id))];
    });
  }

  /** `reason` "page-break": undoes the aligner's page-break repair at ptAt (pageBreakAt), which the note records. */
  async split(id: string, version: number, ptAt: number, enAt: number, user: User, reason?: "page-break"): Promise<Pair[]> {
    const { options, hasEnglish } = await this.setup(id);
    return inPairTransaction(this.ctx.sql, async (tx) => {
      await lockDocumentOfPair(tx, id);
      const a = await livePair(tx, id);
      assertVersion(a, version);
      assertMayChange(a, user);
      if (reason === "page-break" && pageBreakAt(a.ptText, a.ptOriginal, a.ptRanges) !== ptAt) {
        throw new Unprocessable("No page-break join there", `The aligner did not join two lines of the file at ${ptAt} in this pair's Portuguese (or it has been edited since); split it with a plain split instead.`);
      }
      if (ptAt > a.ptText.length || enAt > a.enText.length) {
        throw new Unprocessable("Split point outside the text", `ptAt must be at most ${a.ptText.length} and enAt at most ${a.enText.length}.`);
      }
      for (const [side, text, at] of [["ptAt", a.ptText, ptAt], ["enAt", a.enText, enAt]] as const) {
        if (!isGraphemeBoundary(text, at)) {
          throw new Unprocessable("Split inside a character", `${side} ${at} falls inside a character (a surrogate pair or a letter with its accents); split before or after it.`, { position: at, issues: [{ path: side, message: "inside a character" }] });
        }
      }
      const left = { pt: a.ptText.slice(0, ptAt).trimEnd(), en: a.enText.slice(0, enAt).trimEnd() };
      const right = { pt: a.ptText.slice(ptAt).trimStart(), en: a.enText.slice(enAt).trimStart() };
      if (!(left.pt || left.en) || !(right.pt || right.en)) {
        throw new Unprocessable("Nothing to split off", "Both halves of a split need some text on at least one side.");
      }
      // An unedited pair splits its original with it; an edited one keeps its original whole on
      // the left, and the new right half starts from the reviewer's text.
      const leftOriginal = a.ptText === a.ptOriginal ? left.pt : a.ptOriginal;
      const [ptLeft, ptRight] = splitRanges(ranges(a.ptRanges), ptAt);
      const [enLeft, enRight] = splitRanges(ranges(a.enRanges), enAt);
      const out = await outside(tx, a.documentId, a.index, a.index);
      // The right half's gap is what the cut left between the halves (a space, or nothing in a
      // word glued to a stop); without Portuguese on the left, it starts where the pair did.
      const gaps = {
        left: left.pt ? a.gapBefore : null,
        right: !right.pt ? null : left.pt ? a.ptText.slice(left.pt.length, a.ptText.length - right.pt.length) : a.gapBefore,
      };
      const [leftAround, rightAround] = neighbours([{ ptText: left.pt, enText: left.en }, { ptText: right.pt, enText: right.en }], out);
      const leftFlags = recheck({ ptText: left.pt, enText: left.en, hasEnglish, gapBefore: gaps.left, ...leftAround }, options, a.flags);
      const rightFlags = recheck({ ptText: right.pt, enText: right.en, hasEnglish, gapBefore: gaps.right, ...rightAround }, options, a.flags);
      const now = new Date();
      const who = author(user);
      await shiftAfter(tx, a.documentId, a.index, +1);
      await writePairChange(tx, a, {
        action: "split", status: "edited", flags: leftFlags,
        note: reason === "page-break" ? "page-break join undone: split where the file has a line break; the rest became the next pair" : "split; the rest became the next pair",
        data: { ptText: left.pt, enText: left.en, ptOriginal: leftOriginal, type: beadKind(left.pt, left.en), ptRanges: JSON.stringify(ptLeft), enRanges: JSON.stringify(enLeft), gapBefore: gaps.left },
      }, who, now);
      const created = { id: newId(), documentId: a.documentId };
      await bulkInsert(tx, "Pair", [{
        id: created.id, documentId: a.documentId, index: a.index + 1, type: beadKind(right.pt, right.en), ptText: right.pt,
        ptOriginal: right.pt, enText: right.en, ptRanges: JSON.stringify(ptRight), enRanges: JSON.stringify(enRight),
        confidence: a.confidence, status: "edited", version: 1, paragraph: a.paragraph, reason: "split", gapBefore: gaps.right, inlineCodes: a.inlineCodes, removed: false,
        updatedAt: now, updatedBy: who.displayName,
      }]);
      await bulkInsert(tx, "Edit", [{ id: newId(), pairId: created.id, documentId: a.documentId, version: 1, action: "split", before: "", after: right.pt, status: "edited", authorId: who.id || null, authorName: who.displayName, note: `split off pair ${a.id}`, createdAt: now }]);
      await replaceFlags(tx, created, rightFlags);
      await recheckBeside(tx, a.documentId, [a.index - 1, a.index + 2], options);
      return [toPair(await livePair(tx, id)), toPair(await livePair(tx, created.id))];
    });
  }

  async move(id: string, version: number, side: "pt" | "en", direction: "to-prev" | "to-next", user: User): Promise<Pair[]> {
    const { options, hasEnglish } = await this.setup(id);
    return inPairTransaction(this.ctx.sql, async (tx) => {
      await lockDocumentOfPair(tx, id);
      const a = await livePair(tx, id);
      assertVersion(a, version);
      const b = await neighbour(tx, a, direction === "to-prev" ? -1 : +1);
      if (!b) throw new Unprocessable("No neighbour", `There is no ${direction === "to-prev" ? "previous" : "next"} pair to move a sentence to.`);
      assertMayChange(a, user);
      assertMayChange(b, user);
      const key = side === "pt" ? "ptText" : "enText";
      const parts = sentences(a[key]);
      const moved = direction === "to-prev" ? parts.shift() : parts.pop();
      if (moved === undefined) throw new Unprocessable("Nothing to move", `This pair has no ${side === "pt" ? "Portuguese" : "English"} sentence.`);
      const remaining = parts.join(" ");
      if (!remaining && !(side === "pt" ? a.enText : a.ptText)) {
        throw new Unprocessable("Pair would be empty", "Moving this sentence would leave the pair empty; merge it instead.");
      }
      const received = direction === "to-prev" ? joinText(b[key], moved) : joinText(moved, b[key]);
      const aText = { ptText: side === "pt" ? remaining : a.ptText, enText: side === "en" ? remaining : a.enText };
      const bText = { ptText: side === "pt" ? received : b.ptText, enText: side === "en" ? received : b.enText };
      const [first, second] = direction === "to-prev" ? [b, a] : [a, b];
      const [firstText, secondText] = direction === "to-prev" ? [bText, aText] : [aText, bText];
      const out = await outside(tx, a.documentId, first.index, second.index);
      // Sentences inside a pair are joined by a space, so a sentence moved across the boundary
      // leaves a space between the two pairs; a pair left without Portuguese hands its gap on.
      let gaps = { first: first.gapBefore, second: second.gapBefore };
      if (side === "pt") {
        gaps = !firstText.ptText ? { first: null, second: first.gapBefore }
          : !secondText.ptText ? { first: first.ptText ? first.gapBefore : second.gapBefore, second: null }
          : { first: first.ptText ? first.gapBefore : second.gapBefore, second: " " };
      }
      const [firstAround, secondAround] = neighbours([firstText, secondText], out);
      const firstFlags = recheck({ ...firstText, hasEnglish, gapBefore: gaps.first, ...firstAround }, options, first.flags);
      const secondFlags = recheck({ ...secondText, hasEnglish, gapBefore: gaps.second, ...secondAround }, options, second.flags);
      const [aFlags, bFlags] = direction === "to-prev" ? [secondFlags, firstFlags] : [firstFlags, secondFlags];
      const [aGap, bGap] = direction === "to-prev" ? [gaps.second, gaps.first] : [gaps.first, gaps.second];
      const note = `moved ${side === "pt" ? "a Portuguese" : "an English"} sentence to the ${direction === "to-prev" ? "previous" : "next"} pair`;
      const now = new Date();
      await writePairChange(tx, a, { action: "move", status: "edited", flags: aFlags, note, data: { ...aText, type: beadKind(aText.ptText, aText.enText), gapBefore: aGap } }, author(user), now);
      await writePairChange(tx, b, { action: "move", status: "edited", flags: bFlags, note: `received a sentence from pair ${a.id}`, data: { ...bText, type: beadKind(bText.ptText, bText.enText), gapBefore: bGap } }, author(user), now);
      await recheckBeside(tx, a.documentId, [first.index - 1, second.index + 1], options);
      const pairs = [toPair(await livePair(tx, a.id)), toPair(await livePair(tx, b.id))];
      return pairs.sort((x, y) => x.index - y.index);
    });
  }

  /** Read before the transaction: the glossary may need a query, which must not wait on it. */
  private async setup(pairId: string): Promise<Setup> {
    const [doc] = await this.ctx.sql.query(`SELECT d."variant", d."hasEnglish", d."checkContext" FROM "Pair" p JOIN "Document" d ON d."id" = p."documentId" WHERE p."id" = ?`, [pairId]);
    const options = await checkOptionsFor(this.ctx, doc ? asNullableString(doc["variant"]) : null);
    // The context is the document's as last computed (import, realign, re-check): a merge or a
    // move shifts a sentence count or a length ratio by a hair, not enough to read every pair again.
    return { options: withDocument(options, doc ? asNullableString(doc["checkContext"]) : null), hasEnglish: doc ? asBool(doc["hasEnglish"]) : false };
  }
}
