/**
 * Cold start of the built `alinha` command: each run a fresh Node process, as a user or a
 * script starts it, on the built-in documents (84 to 503 pairs) and on a 150-pair one cut from
 * the first built-in document that has more (at the end of the paragraph of its 150th pair, in
 * both languages). Goal: a 150-pair document aligned and checked in ≤ 0.5 s (a larger one in
 * proportion). Wall and CPU time (GNU time's
 * user + system) are medians of RUNS runs. hunalign's whole run on the same texts is printed
 * beside it when hunalign is on the PATH; Debian 12 does not package it, and nothing can be
 * downloaded here, so on these machines its figures are skipped.
 *
 * With `--baseline DIR` (the dist folder of another build, e.g. of main, kept inside a checkout
 * so that it finds the dictionaries), the goal document and --version are also timed on that
 * build, its runs interleaved with this build's: on a shared machine only figures of the same
 * series compare.
 *
 * Run: pnpm --filter @alinha/aligner exec tsx bench/cli-start.ts [--baseline DIR] (builds dist first).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { corpusFilePath, listDocuments } from "@alinha/corpus";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
execFileSync(process.execPath, ["scripts/build-cli.mjs"], { cwd: packageDir });
const alinha = join(packageDir, "dist", "alinha.mjs");
const baselineAt = process.argv.indexOf("--baseline");
const baseline = baselineAt < 0 ? undefined : join(resolve(process.argv[baselineAt + 1] ?? "."), "alinha.mjs");
const RUNS = 5;
const GOAL_MS = 500;

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
}

/** GNU time gives the child's CPU time (user + system), which a busy machine inflates far less than the wall time. */
const GNU_TIME = "/usr/bin/time";
const hasGnuTime = spawnSync(GNU_TIME, ["-f", "%U", "true"]).status === 0;

function time(command: string, args: string[], runs = RUNS): { ms: number; cpuMs: number; stdout: string } {
  return timeEach([[command, args]], runs)[0]!;
}

/** Each command's medians, their runs interleaved (first, second, first, second…). */
function timeEach(commands: [string, string[]][], runs = RUNS): { ms: number; cpuMs: number; stdout: string }[] {
  const times = commands.map(() => [] as number[]);
  const cpus = commands.map(() => [] as number[]);
  const stdout = commands.map(() => "");
  for (let i = 0; i < runs; i++) {
    commands.forEach(([command, args], k) => {
      const start = performance.now();
      const r = hasGnuTime
        ? spawnSync(GNU_TIME, ["-f", "@@cpu %U %S", command, ...args], { encoding: "utf8", maxBuffer: 2 ** 28 })
        : spawnSync(command, args, { encoding: "utf8", maxBuffer: 2 ** 28 });
      times[k]!.push(performance.now() - start);
      if (r.status !== 0) throw new Error(`${command} ${args.join(" ")}: exit ${r.status}\n${r.stderr}`);
      const m = /@@cpu ([\d.]+) ([\d.]+)/.exec(r.stderr);
      cpus[k]!.push(m ? (Number(m[1]) + Number(m[2])) * 1000 : Number.NaN);
      stdout[k] = r.stdout;
    });
  }
  return commands.map((_, k) => ({ ms: median(times[k]!), cpuMs: median(cpus[k]!), stdout: stdout[k]! }));
}

const hasHunalign = spawnSync("sh", ["-c", "command -v hunalign"]).status === 0;
console.log(`load average ${loadavg()[0]!.toFixed(1)} (figures are medians of ${RUNS} runs; a busy machine inflates them)`);
const version = time(process.execPath, [alinha, "--version"]);
console.log(`alinha --version: ${version.ms.toFixed(0)} ms (cpu ${version.cpuMs.toFixed(0)} ms)`);
const figures = (t: { ms: number; cpuMs: number }) => `${t.ms.toFixed(0)} ms (cpu ${t.cpuMs.toFixed(0)})`;
let failed = false;
for (const meta of listDocuments()) {
  const pt = corpusFilePath(meta.ptFile);
  const en = corpusFilePath(meta.enFile);
  const aligned = time(process.execPath, [alinha, "align", pt, en]);
  const pairs = (JSON.parse(aligned.stdout) as { pairs: unknown[] }).pairs.length;
  const check = time(process.execPath, [alinha, "check", pt]);
  const convert = time(process.execPath, [alinha, "convert", pt, "--to", "txt"]);
  // The goal is per 150 pairs: a larger document may take proportionally longer.
  const budget = GOAL_MS * Math.max(1, pairs / 150);
  // On a machine busier than its cores the wall time is mostly waiting for one: then the CPU
  // time (what the run itself costs) is what is judged, and the verdict says so.
  const busy = loadavg()[0]! > availableParallelism();
  const ok = aligned.ms <= budget || (busy && aligned.cpuMs <= budget);
  const verdict = aligned.ms <= budget ? "ok" : ok ? "ok on CPU time; the machine is busy" : "MISSED";
  failed ||= !ok;
  const hunalign = hasHunalign ? time("hunalign", ["-text", "/dev/null", pt, en]) : undefined;
  const hun = hunalign ? `; hunalign ${hunalign.ms.toFixed(0)} ms (cpu ${hunalign.cpuMs.toFixed(0)})` : "";
  console.log(`${meta.id.padEnd(28)} ${String(pairs).padStart(4)} pairs: align ${aligned.ms.toFixed(0)} ms (cpu ${aligned.cpuMs.toFixed(0)}; ${verdict}, budget ${budget.toFixed(0)}), check ${check.ms.toFixed(0)} ms (cpu ${check.cpuMs.toFixed(0)}), convert ${convert.ms.toFixed(0)} ms (cpu ${convert.cpuMs.toFixed(0)})${hun}`);
}
if (!hasHunalign) {
  console.log("hunalign: not on this machine, and Debian 12 has no hunalign package (apt-cache policy hunalign: no candidate); its figures are skipped");
}

// The 150-pair document of the goal, cut from a built-in one at a paragraph end.
const GOAL_PAIRS = 150;
const GOAL_RUNS = 9;
const source = listDocuments()
  .map((meta) => ({ meta, pairs: (JSON.parse(time(process.execPath, [alinha, "align", corpusFilePath(meta.ptFile), corpusFilePath(meta.enFile)], 1).stdout) as { pairs: { pt: number[][]; en: number[][] }[] }).pairs }))
  .filter((d) => d.pairs.length > GOAL_PAIRS)
  .sort((a, b) => a.pairs.length - b.pairs.length)[0];
if (source !== undefined) {
  const last = source.pairs[GOAL_PAIRS - 1]!;
  const cut = (file: string, end: number | undefined) => {
    const text = readFileSync(corpusFilePath(file), "utf8");
    const lineEnd = end === undefined ? -1 : text.indexOf("\n", end);
    return text.slice(0, lineEnd < 0 ? text.length : lineEnd + 1);
  };
  const dir = mkdtempSync(join(tmpdir(), "alinha-cli-start-"));
  const pt = join(dir, "pt.txt");
  const en = join(dir, "en.txt");
  writeFileSync(pt, cut(source.meta.ptFile, last.pt.at(-1)?.[1]));
  writeFileSync(en, cut(source.meta.enFile, last.en.at(-1)?.[1]));
  const aligned = time(process.execPath, [alinha, "align", pt, en], GOAL_RUNS);
  const pairs = (JSON.parse(aligned.stdout) as { pairs: unknown[] }).pairs.length;
  const check = time(process.execPath, [alinha, "check", pt], GOAL_RUNS);
  const busy = loadavg()[0]! > availableParallelism();
  const verdict = aligned.ms <= GOAL_MS ? "ok" : busy && aligned.cpuMs <= GOAL_MS ? "ok on CPU time; the machine is busy" : "MISSED";
  failed ||= verdict === "MISSED";
  console.log(
    `goal document (${source.meta.id} cut after pair ${GOAL_PAIRS}): ${pairs} pairs: align ${aligned.ms.toFixed(0)} ms (cpu ${aligned.cpuMs.toFixed(0)}; ${verdict}, goal ${GOAL_MS}), check ${check.ms.toFixed(0)} ms (cpu ${check.cpuMs.toFixed(0)}); medians of ${GOAL_RUNS}, load average ${loadavg()[0]!.toFixed(1)}`,
  );
  if (baseline !== undefined) {
    const pairOf = (args: string[]): [string, string[]][] => [[process.execPath, [baseline, ...args]], [process.execPath, [alinha, ...args]]];
    const [oldAlign, newAlign] = timeEach(pairOf(["align", pt, en]), GOAL_RUNS);
    if (oldAlign!.stdout !== newAlign!.stdout) console.log("baseline: its align output differs from this build's");
    const [oldCheck, newCheck] = timeEach(pairOf(["check", pt]), GOAL_RUNS);
    const [oldVersion, newVersion] = timeEach(pairOf(["--version"]), GOAL_RUNS);
    console.log(`baseline ${baseline} against this build, interleaved, medians of ${GOAL_RUNS}: align ${figures(oldAlign!)} -> ${figures(newAlign!)}, check ${figures(oldCheck!)} -> ${figures(newCheck!)}, --version ${figures(oldVersion!)} -> ${figures(newVersion!)}; load average ${loadavg()[0]!.toFixed(1)}`);
  }
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
