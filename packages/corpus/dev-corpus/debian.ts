/**
 * Debian packages into the cache: `apt-get download` (the ordinary client, nothing else reaches a
 * registry), `dpkg-deb -x`, and the licence from the package's machine-readable copyright file.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface UnpackedPackage {
  name: string;
  version: string;
  /** Root of the unpacked file tree (what `/` would be after installing). */
  root: string;
}

const run = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

function debFor(debs: string, name: string): string | undefined {
  const found = readdirSync(debs).filter((f) => f.startsWith(`${name}_`) && f.endsWith(".deb")).sort();
  return found.length ? join(debs, found[found.length - 1]!) : undefined;
}

/**
 * The package at `version` when Debian still has it, else the version apt offers (printed, and
 * recorded in the manifest, so a changed corpus is never silent). Downloaded once per cache.
 */
export function fetchPackage(cache: string, name: string, version: string): UnpackedPackage {
  const debs = join(cache, "debs");
  mkdirSync(debs, { recursive: true });
  let deb = debFor(debs, name);
  if (!deb) {
    try {
      run("apt-get", ["download", `${name}=${version}`], debs);
    } catch {
      console.warn(`dev-corpus: ${name}=${version} is not offered by apt; taking the version it has (run apt-get update if it finds none)`);
      try {
        run("apt-get", ["download", name], debs);
      } catch (error) {
        throw new Error(`dev-corpus: apt-get download ${name} failed: ${(error as { stderr?: string }).stderr ?? String(error)}`);
      }
    }
    deb = debFor(debs, name);
    if (!deb) throw new Error(`dev-corpus: apt-get download ${name} left no .deb in ${debs}`);
  }
  const actual = run("dpkg-deb", ["-f", deb, "Version"], debs).trim();
  const root = join(cache, "unpacked", `${name}_${actual}`);
  const done = join(root, ".unpacked");
  if (!existsSync(done)) {
    mkdirSync(root, { recursive: true });
    run("dpkg-deb", ["-x", deb, root], debs);
    writeFileSync(done, "");
  }
  return { name, version: actual, root };
}

/**
 * The licence of `files` (a pattern of the copyright file's `Files:` field, `*` by default) in a
 * DEP-5 copyright file; the first stanza's when no stanza names the pattern.
 */
export function licenceOf(pkg: UnpackedPackage, files = "*", docDir = pkg.name): string {
  const dir = join(pkg.root, "usr/share/doc", docDir);
  const path = join(dir, "copyright");
  let text: string;
  try {
    text = readFileSync(realpathSync(path), "utf8");
  } catch {
    throw new Error(`dev-corpus: ${pkg.name} has no copyright file at /usr/share/doc/${docDir}/copyright (a symlink to another package's folder needs that package)`);
  }
  const stanzas = text.split(/\n\s*\n/u).map((s) => ({
    files: /^Files:\s*(.+(?:\n[ \t].+)*)/mu.exec(s)?.[1]?.split(/\s+/u) ?? [],
    // "Licence:" too: multistrap's copyright file spells the field the British way.
    licence: /^Licen[cs]e:\s*(.+)$/mu.exec(s)?.[1]?.trim(),
  })).filter((s) => s.licence);
  const chosen = stanzas.find((s) => s.files.includes(files)) ?? stanzas.find((s) => s.files.includes("*")) ?? stanzas[0];
  if (chosen?.licence) return chosen.licence;
  // Not machine-readable: the licence as the prose names it.
  const gpl = /GNU (?:General Public License|GPL),? (?:version )?(\d)/iu.exec(text);
  if (gpl) return `GPL-${gpl[1]}`;
  // The FSF's usual notice ("… as published by the Free Software Foundation; either version 2 of the License, or … any later version"): kdesvn, fakeroot.
  const notice = /GNU General Public License as published by\s+the Free Software Foundation[;,]\s+either version (\d)[^.]*?(any later version)?\./iu.exec(text);
  if (notice) return `GPL-${notice[1]}${notice[2] ? "+" : ""}`;
  if (/GNU Free Documentation License/iu.test(text)) return "GFDL";
  const sentence = /[^.\n]*licen[cs]ed[^.]*\./iu.exec(text);
  if (sentence) return sentence[0].replace(/\s+/gu, " ").trim();
  throw new Error(`dev-corpus: no licence found in ${path}`);
}
