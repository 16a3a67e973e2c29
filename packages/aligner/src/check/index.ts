// Placeholder with the agreed signatures; the checks work replaces this file.
import type { CheckInput, CheckOptions, Flag } from "../types.ts";

export function checkPair(_input: CheckInput, _options: CheckOptions): Flag[] {
  return [];
}

export function checkDocument(inputs: CheckInput[], _options: CheckOptions): { pairFlags: Flag[][]; documentFlags: Flag[] } {
  return { pairFlags: inputs.map(() => []), documentFlags: [] };
}
