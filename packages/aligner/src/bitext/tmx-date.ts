/** TMX 1.4b dates are ISO 8601 basic format in UTC: YYYYMMDDThhmmssZ. */
export function formatTmxDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

const TMX_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

/** Undefined for anything not in the TMX form, so the reader can say which attribute was wrong. */
export function parseTmxDate(value: string): Date | undefined {
  const m = TMX_DATE.exec(value);
  if (m === null) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return Number.isNaN(date.getTime()) ? undefined : date;
}
