import { debianHistoryPt } from "./debian-history.ts";
import { gimpHelpPt, gimpHelpPtBr } from "./gimp-help.ts";
import { installationGuidePt } from "./installation-guide.ts";
import { fresh11KdeHandbooks, fresh12KdeHandbooks, freshKdeHandbooks, kdeHandbooks } from "./kde-handbooks.ts";
import { lilypondPt } from "./lilypond.ts";
import { debianToolManPages, extraTuneManPages, freshTuneManPages, fresh11ManpagesPtBrDev, manpagesPtBr } from "./man-pages.ts";
import { scilabPtBr } from "./scilab.ts";
import { solfegePtBr } from "./solfege.ts";
import type { DevSource } from "./source.ts";
import { ubuntuPackagingGuidePtBr } from "./ubuntu-packaging-guide.ts";

/** Every source of the development corpus, in the order they are built. */
export const SOURCES: DevSource[] = [gimpHelpPtBr, gimpHelpPt, ubuntuPackagingGuidePtBr, lilypondPt, manpagesPtBr, scilabPtBr, installationGuidePt, ...debianToolManPages, ...extraTuneManPages, ...kdeHandbooks, ...freshTuneManPages, solfegePtBr, ...freshKdeHandbooks, ...fresh11KdeHandbooks, fresh11ManpagesPtBrDev, ...fresh12KdeHandbooks, debianHistoryPt];
