/**
 * Dates as the two languages write them. English capitalises its month names ("8 May 2026"); Portuguese writes
 * them in lower case after "de" ("8 de maio de 2026"), by the spelling agreement of 1990 as before it in Brazil.
 */
export const MONTHS_PT = "janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro";
// "22 de outubro", "1º de fevereiro", "15 a 16 de maio", "2 e 6 de abril": what follows a date's day, up to its month.
export const DAY_OF_MONTH = new RegExp(`^(?:º|°|\\.º)?(?:\\s*(?:,|e|a|até|-)\\s*\\d{1,2}(?:º|°)?)*\\s+de\\s+(?:${MONTHS_PT})(?!\\p{L})`, "iu");
// Capitalised, as English writes months: "may" is a verb.
export const MONTH_EN = /(?<!\p{L})(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?!\p{L})/u;
