/**
 * Every count and position on screen, one way: "5,364" in the pair total and in "1 of 5,364"
 * alike. English grouping whatever the browser's locale, as the rest of the interface is English.
 */
export function formatCount(n: number): string {
  return n.toLocaleString("en");
}
