import fc from "fast-check";
import type { BitextPair, PairStatus } from "../types.ts";

/**
 * Arbitraries for the bitext tests: text with what breaks naive writers — XML specials, "]]>",
 * C0 controls XML 1.0 forbids, CR/CRLF, lone surrogates, emoji (astral), Hebrew and Arabic.
 */
const awkward = fc.constantFrom(
  "<", ">", "&", '"', "'", "]]>", "&amp;", "<b>", "\t", "\n", "\r", "\r\n", "\\", "|", "*", "#",
  "\u0000", "\u0001", "\u000B", "\u001F", "\uFFFE", "\uFFFF", "\uD800", "\uDFFF",
  "😀", "👩🏽‍💻", "שלום עולם", "مرحبا", "\u200F", "Noé", "ç", " ",
);

export const bitextText = fc
  .array(fc.oneof({ arbitrary: awkward, weight: 2 }, { arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }), weight: 3 }), { maxLength: 8 })
  .map((parts) => parts.join(""));

const STATUSES: readonly PairStatus[] = ["new", "edited", "confirmed", "approved", "rejected"];

// TMX dates have whole seconds.
const date = fc.integer({ min: 0, max: 4_102_444_800 }).map((s) => new Date(s * 1000));

export const bitextPair: fc.Arbitrary<BitextPair> = fc.record(
  {
    id: fc.string({ maxLength: 12 }),
    en: bitextText,
    pt: bitextText,
    status: fc.constantFrom(...STATUSES),
    notes: fc.array(fc.string({ unit: "grapheme", maxLength: 20 }).filter((s) => s !== ""), { minLength: 1, maxLength: 2 }),
    createdAt: date,
    changedAt: date,
    createdBy: fc.string({ minLength: 1, maxLength: 10 }),
    changedBy: fc.string({ minLength: 1, maxLength: 10 }),
    paragraph: fc.nat({ max: 50 }),
    junk: fc.constant(true),
  },
  { requiredKeys: ["en", "pt"] },
);

/** Omissions and additions in a fixed place, so a shift would show. */
export const FIXED_PAIRS: BitextPair[] = [
  { id: "p1", en: "Noah Smith wrote it.", pt: "Noé smith escreveu-o.", status: "approved", paragraph: 0 },
  { id: "p2", en: "This line was left out.", pt: "", status: "new", paragraph: 0 },
  { id: "p3", en: "", pt: "Esta linha foi acrescentada.", status: "edited", paragraph: 1 },
  { id: "p4", en: "Last.", pt: "Último.", status: "approved", paragraph: 1 },
];
