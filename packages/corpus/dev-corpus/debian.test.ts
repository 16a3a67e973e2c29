import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { licenceOf } from "./debian.ts";

const roots: string[] = [];
afterEach(() => { for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true }); });

/** A package tree with only /usr/share/doc/<name>/copyright, holding `text`. */
function pkgWithCopyright(name: string, text: string) {
  const root = mkdtempSync(join(tmpdir(), "dev-corpus-licence-"));
  roots.push(root);
  mkdirSync(join(root, "usr/share/doc", name), { recursive: true });
  writeFileSync(join(root, "usr/share/doc", name, "copyright"), text);
  return { name, version: "1", root };
}

describe("licenceOf", () => {
  it("reads the stanza naming the text's files in a DEP-5 copyright file", () => {
    const pkg = pkgWithCopyright("app", "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n\nFiles: *\nLicense: GPL-2+\n\nFiles: doc/*\nLicense: GFDL-1.2+\n");
    expect(licenceOf(pkg, "doc/*")).toBe("GFDL-1.2+");
    expect(licenceOf(pkg)).toBe("GPL-2+");
  });

  it("reads a field spelt 'Licence:' (multistrap's copyright file)", () => {
    const pkg = pkgWithCopyright("multistrap", "Files: debian/*\nLicence: GPL-3+\nCopyright: 2006-2010 Neil Williams\n\nLicense:\n\n    This package is free software\n");
    expect(licenceOf(pkg)).toBe("GPL-3+");
  });

  it("reads the FSF's usual GPL notice in a copyright file that is not machine-readable (kdesvn)", () => {
    const pkg = pkgWithCopyright("kdesvn", "License:\n\n  This program is free software; you can redistribute it and/or modify\n  it under the terms of the GNU General Public License as published by\n  the Free Software Foundation; either version 2 of the License, or\n  (at your option) any later version.\n");
    expect(licenceOf(pkg)).toBe("GPL-2+");
    const fakeroot = pkgWithCopyright("fakeroot", "    This program is free software: you can redistribute it and/or modify\n    it under the terms of the GNU General Public License as published by\n    the Free Software Foundation, either version 3 of the License, or\n    (at your option) any later version.\n\nThe Fakeroot::Stat Perl module,\nis licensed thusly:\n");
    expect(licenceOf(fakeroot)).toBe("GPL-3+");
  });

  it("refuses a copyright file that names no licence, saying which file", () => {
    const pkg = pkgWithCopyright("mystery", "Upstream Author: someone\n\nAll rights reserved.\n");
    expect(() => licenceOf(pkg)).toThrow(/no licence found in .*mystery\/copyright/u);
  });
});
