import { gimpHelpPt, gimpHelpPtBr } from "./gimp-help.ts";
import type { DevSource } from "./source.ts";

/** Every source of the development corpus, in the order they are built. */
export const SOURCES: DevSource[] = [gimpHelpPtBr, gimpHelpPt];
