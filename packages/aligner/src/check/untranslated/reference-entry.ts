/**
 * A bibliographic reference: an entry of a bibliography or a citation, whose titles, journals,
 * standards and publishers keep the language they were published in ("Computer Graphics,
 * Principles and Practice [FOLEY01].", "Alan C. Hindmarsh, lsode and lsodi, two new initial value
 * ordinary differential equation solvers, acm-signum newsletter, vol. 15, no. 4",
 * "International Standard ISO/IEC 10646-1, International Organization for Standardization,
 * Genebra, 2000."). English there is the cited work's own name, not a leftover.
 */
const MARKS = [
  // A citation key in brackets: "[FOLEY01]", "[APOD03]".
  String.raw`\[[A-Z][A-Za-z]*\d{2,4}[a-z]?\]`,
  // A journal's volume, number or pages: "vol. 15", "no. 4", "pp. 12-30".
  String.raw`(?<![\p{L}])(?:vol|pp|nº|no)\.\s*\d`,
  String.raw`(?<![\p{L}])et al\.?(?![\p{L}])`,
  String.raw`(?<![\p{L}])ISBN(?![\p{L}])`,
  // An author-year citation's year opening what follows the authors: "(1970), A Three-Stage Algorithm…".
  String.raw`^\s*\(\d{4}\),`,
  // A publisher's city and year closing the entry: ", Genebra, 2000.", ", 2002)".
  String.raw`,\s*(?:1[6-9]|20)\d\d\s*[.)]?\s*$`,
].join("|");
const REFERENCE = new RegExp(MARKS, "u");

/**
 * Every mark above holds a digit, "et al" or "ISBN": a text with none of them (most sentences) skips the pattern,
 * whose alternatives are tried at every offset.
 */
export const isReferenceEntry = (text: string): boolean => (ASCII_DIGIT.test(text) || text.includes("et al") || text.includes("ISBN")) && REFERENCE.test(text);
const ASCII_DIGIT = /[0-9]/u;
