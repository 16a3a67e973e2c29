import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const tsx = createRequire(import.meta.url).resolve("tsx/cli");
const main = fileURLToPath(new URL("./main.ts", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "alinha-cli-"));

function alinha(...args: string[]) {
  const r = spawnSync(process.execPath, [tsx, main, ...args], { encoding: "utf8", cwd: dir, env: { ...process.env, INIT_CWD: dir } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string | Uint8Array): string {
  writeFileSync(join(dir, name), content);
  return name;
}

const pt = file("a.pt.txt", "Jordan Schneider: O o3 é incrível. Custa 20 dólares.\r\n\r\nNathan Lambert: Concordo.\r\n\r\nJordan Schneider: Ótimo.\n\nNathan Lambert: Sim.\n");
const en = file("a.en.txt", "Jordan Schneider: o3 is amazing. It costs 20 dollars.\n\nNathan Lambert: I agree.\n\nJordan Schneider: Great.\n\nNathan Lambert: Yes.\n");

// Each case spawns tsx (about a second and a half), so the default 5 s is too tight.
describe("alinha align", { timeout: 30_000 }, () => {
  it("prints the JSON contract: versioned, offsets into each file, every sentence in one pair", () => {
    const r = alinha("align", pt, en, "--format", "json");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc).slice(0, 4)).toEqual(["version", "pt", "en", "pairs"]);
    expect(doc.version).toBe(1);
    expect(doc.pt).toEqual({ path: pt, length: readFileSync(join(dir, pt), "utf8").length });
    const ptText = readFileSync(join(dir, pt), "utf8");
    const enText = readFileSync(join(dir, en), "utf8");
    for (const p of doc.pairs) {
      expect(Object.keys(p)).toEqual(["type", "pt", "en", "confidence", "ptText", "enText", "flags"]);
      if (p.pt.length) expect(ptText.slice(p.pt[0][0], p.pt.at(-1)[1])).toBe(p.ptText);
      if (p.en.length) expect(enText.slice(p.en[0][0], p.en.at(-1)[1])).toBe(p.enText);
    }
    expect(doc.pairs.map((p: { ptText: string; enText: string }) => `${p.ptText} = ${p.enText}`)).toEqual([
      "Jordan Schneider: = Jordan Schneider:",
      "O o3 é incrível. = o3 is amazing.",
      "Custa 20 dólares. = It costs 20 dollars.",
      "Nathan Lambert: = Nathan Lambert:",
      "Concordo. = I agree.",
      "Jordan Schneider: = Jordan Schneider:",
      "Ótimo. = Great.",
      "Nathan Lambert: = Nathan Lambert:",
      "Sim. = Yes.",
    ]);
  });

  it("segments Portuguese alone when no English is given, and writes --out", () => {
    const r = alinha("align", pt, "--out", "out.json");
    expect(r.code).toBe(0);
    const doc = JSON.parse(readFileSync(join(dir, "out.json"), "utf8"));
    expect(doc.en).toBeUndefined();
    expect(doc.pairs.every((p: { type: string; en: unknown[] }) => p.type === "1-0" && p.en.length === 0)).toBe(true);
  });

  it("rejects a binary file with a clear message and exit code 1", () => {
    const bin = file("x.bin", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const r = alinha("align", bin);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot read x\.bin: binary file.*byte offset 8/);
  });

  it("rejects damaged UTF-8 naming the byte offset", () => {
    const bad = file("bad.txt", new Uint8Array([...new TextEncoder().encode("ação "), 0xe9, 0x0a]));
    const r = alinha("align", bad);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not UTF-8.*0xE9.*byte offset 7/);
  });

  it("reads Windows-1252 text, warning on stderr", () => {
    const cp = file("cp.txt", new Uint8Array([0x41, 0xe7, 0xe3, 0x6f, 0x2e, 0x0a]));
    const r = alinha("align", cp);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Windows-1252/);
    expect(JSON.parse(r.stdout).pairs[0].ptText).toBe("Ação.");
  });

  it("reports a missing file and a bad command line", () => {
    expect(alinha("align", "nope.txt")).toMatchObject({ code: 1, stderr: expect.stringMatching(/cannot read nope\.txt: no such file/) });
    expect(alinha("align", pt, "--format", "pdf")).toMatchObject({ code: 2, stderr: expect.stringMatching(/unknown format "pdf"/) });
    expect(alinha()).toMatchObject({ code: 2 });
  });

  it("checks with the dictionaries and a --terms list, without English too", () => {
    const text = file("t.pt.txt", "O deep seek venceu a corrida pelo hipercrecimento do setor.\n");
    const terms = file("terms.json", JSON.stringify([{ term: "DeepSeek", kind: "organisation", documents: [] }, "Noah Smith"]));
    const flags = (...args: string[]) => {
      const r = alinha("align", text, ...args);
      expect(r.code).toBe(0);
      return JSON.parse(r.stdout).pairs.flatMap((p: { flags: { code: string; text: string; suggestion?: string }[] }) => p.flags.map((f) => `${f.code} ${f.text}→${f.suggestion}`));
    };
    // The Spanish spelling is only known as such with the Portuguese dictionary loaded.
    expect(flags()).toEqual(["foreign-word hipercrecimento→hipercrescimento"]);
    expect(flags("--terms", terms)).toEqual(["entity-term deep seek→DeepSeek", "foreign-word hipercrecimento→hipercrescimento"]);
  });

  it("rejects a term list that is not a list of terms", () => {
    const bad = file("bad-terms.json", JSON.stringify([{ name: "DeepSeek" }]));
    expect(alinha("align", pt, "--terms", bad)).toMatchObject({ code: 1, stderr: expect.stringMatching(/bad-terms\.json: entry 0 is neither/) });
    expect(alinha("align", pt, "--terms")).toMatchObject({ code: 2, stderr: expect.stringMatching(/--terms needs a value/) });
  });

  it("hands other formats to the bitext writers", () => {
    const r = alinha("align", pt, en, "--format", "tsv");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Custa 20 dólares.");
    expect(r.stdout).toContain("It costs 20 dollars.");
  });
});
