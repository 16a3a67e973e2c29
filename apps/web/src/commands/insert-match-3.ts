import { insertMatchCommand } from "./insert-match.ts";

export const insertMatch3 = insertMatchCommand(3);
