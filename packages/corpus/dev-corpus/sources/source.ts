import type { DevVariant, ExtractedBlock } from "../../src/dev/types.ts";
import type { UnpackedPackage } from "../debian.ts";

/** One page (or man page) in both languages, before pairing. */
export interface RawDocument {
  /** File name without extension: the same in both languages, so the id is stable. */
  name: string;
  pt: ExtractedBlock[];
  en?: ExtractedBlock[];
}

export interface PackageRef { name: string; version: string }

/** A source of the corpus: which packages, where its pages are, how to read them. */
export interface DevSource {
  /** Name of the source in document ids and totals (the Portuguese package's name). */
  source: string;
  variant: DevVariant;
  pt: PackageRef;
  en?: PackageRef;
  /** Where the licence is read: the package holding the copyright file, and the `Files:` pattern of the text. */
  licence?: { package: PackageRef; files?: string; docDir?: string };
  /** Where the English's licence is read when its package's doc folder is a link to another package's (manpages-dev → manpages). */
  enLicence?: { package: PackageRef };
  /**
   * Why every document of this source goes to the tuning half and none to the test half (extra
   * tuning material for the check authors, added after the test half's flags were reviewed);
   * unset for a source split in two halves as usual.
   */
  tuneOnly?: string;
  documents(pt: UnpackedPackage, en: UnpackedPackage | undefined): Iterable<RawDocument>;
}
