import { insertMatchCommand } from "./insert-match.ts";

export const insertMatch2 = insertMatchCommand(2);
