import { insertMatchCommand } from "./insert-match.ts";

export const insertMatch1 = insertMatchCommand(1);
