import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const packageDir = fileURLToPath(new URL("../..", import.meta.url));
const repoDir = fileURLToPath(new URL("../../../..", import.meta.url));
const bin = join(packageDir, "bin", "alinha.mjs");
const dir = mkdtempSync(join(tmpdir(), "alinha-cli-"));

// The tests run the command as users do: built to JavaScript, through the package's bin.
beforeAll(() => {
  execFileSync(process.execPath, ["scripts/build-cli.mjs"], { cwd: packageDir });
}, 60_000);

function alinha(...args: string[]) {
  return alinhaWith({}, ...args);
}

function alinhaWith(options: { input?: string | Uint8Array }, ...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd: dir, env: { ...process.env, INIT_CWD: dir }, ...(options.input === undefined ? {} : { input: options.input }) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string | Uint8Array): string {
  writeFileSync(join(dir, name), content);
  return name;
}

const pt = file("a.pt.txt", "Jordan Schneider: O o3 é incrível. Custa 20 dólares.\r\n\r\nNathan Lambert: Concordo.\r\n\r\nJordan Schneider: Ótimo.\n\nNathan Lambert: Sim.\n");
const en = file("a.en.txt", "Jordan Schneider: o3 is amazing. It costs 20 dollars.\n\nNathan Lambert: I agree.\n\nJordan Schneider: Great.\n\nNathan Lambert: Yes.\n");

// Each case starts a process that loads the dictionaries; on a busy machine that passes 5 s.
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
    expect(alinha("align", pt, "--frobnicate")).toMatchObject({ code: 2, stderr: expect.stringMatching(/Unknown option '--frobnicate'/) });
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
    expect(alinha("align", pt, "--terms")).toMatchObject({ code: 2, stderr: expect.stringMatching(/--terms.*needs a value/) });
  });

  it("hands other formats to the bitext writers", () => {
    const r = alinha("align", pt, en, "--format", "tsv");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Custa 20 dólares.");
    expect(r.stdout).toContain("It costs 20 dollars.");
  });
});

describe("the command line", { timeout: 30_000 }, () => {
  it("has --help, a help per command, and --version", () => {
    const help = alinha("--help");
    expect(help.code).toBe(0);
    for (const command of ["align", "check", "convert"]) expect(help.stdout).toContain(`  ${command} `);
    expect(help.stdout).toMatch(/exit codes: 0 .*1 .*2 /);
    const convertHelp = alinha("convert", "--help");
    expect(convertHelp).toMatchObject({ code: 0, stdout: expect.stringContaining("usage: alinha convert") });
    expect(alinha("--version")).toMatchObject({ code: 0, stdout: expect.stringMatching(/^alinha \d+\.\d+\.\d+\n$/) });
  });

  it("reads - as standard input, takes --opt=value and -o", () => {
    const r = alinhaWith({ input: "O texto está bom. Outra frase.\n" }, "align", "-", "--format=txt");
    expect(r).toMatchObject({ code: 0, stdout: "O texto está bom. Outra frase.\n" });
    expect(alinhaWith({ input: "Olá.\n" }, "align", "-", "-f", "tsv", "-o", "out.tsv").code).toBe(0);
    expect(readFileSync(join(dir, "out.tsv"), "utf8")).toContain("Olá.");
  });

  it("warns and exits 1 on an empty input", () => {
    const empty = file("empty.txt", "");
    expect(alinha("check", empty)).toMatchObject({ code: 1, stdout: "", stderr: expect.stringMatching(/warning: empty\.txt is empty/) });
    expect(alinhaWith({ input: "  \n" }, "convert", "--to", "txt")).toMatchObject({ code: 1, stderr: expect.stringMatching(/standard input is empty/) });
  });

  it("checks Portuguese alone, one flag a line with its line and column", () => {
    const text = file("c.pt.txt", "Primeira linha.\nO deep seek venceu pelo hipercrecimento.\n");
    const r = alinha("check", text);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^2:\d+ \w+ foreign-word «hipercrecimento».*→ «hipercrescimento»$/m);
  });

  it("converts any format it reads to any it writes, whatever the file is called", () => {
    const tmx = file("memory.dat", `<?xml version="1.0"?><tmx version="1.4"><header srclang="en" creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"/><body>
<tu tuid="a"><tuv xml:lang="en"><seg>Hello.</seg></tuv><tuv xml:lang="pt-PT"><seg>Olá.</seg></tuv></tu></body></tmx>`);
    const po = alinha("convert", tmx, "--to=po");
    expect(po.code).toBe(0);
    expect(po.stdout).toContain(`msgctxt "a"\nmsgid "Hello."\nmsgstr "Olá."`);
    expect(po.stdout).toContain(`"Language: pt_PT\\n"`);
    const back = alinhaWith({ input: po.stdout }, "convert", "-", "--to", "xliff12");
    expect(back.stdout).toContain(`<source>Hello.</source>`);
    const utf16 = file("u16.xlf", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(back.stdout, "utf16le")]));
    expect(alinha("convert", utf16, "--to", "tsv").stdout).toMatch(/Hello\.\tOlá\./);
    expect(alinha("convert", utf16, "--to", "docx", "-o", "x.docx").code).toBe(0);
    expect(readFileSync(join(dir, "x.docx")).subarray(0, 2).toString()).toBe("PK");
  });

  it("says where a malformed file is broken, and refuses other languages", () => {
    const broken = file("broken.tmx", `<tmx version="1.4"><header srclang="en"/><body>\n<tu><tuv xml:lang="en"><seg>a</tuv></tu></body></tmx>`);
    expect(alinha("convert", broken, "--to", "po")).toMatchObject({ code: 1, stderr: expect.stringMatching(/line 2, column \d+/) });
    const french = file("fr.po", `msgid ""\nmsgstr ""\n"Language: fr\\n"\n\nmsgid "Hi"\nmsgstr "Salut"\n`);
    expect(alinha("convert", french, "--to", "tmx")).toMatchObject({ code: 1, stderr: expect.stringContaining("en → fr") });
  });

  it("reads a Windows-1252 CSV, warning, and refuses broken UTF-16 naming the byte", () => {
    // "en;pt-BR\nAction;Ação\n" as a spreadsheet on Windows saves it.
    const cp1252 = file("sheet.csv", Uint8Array.from([..."en;pt-BR\nAction;A"].map((c) => c.charCodeAt(0)).concat([0xe7, 0xe3, 0x6f, 0x0a])));
    expect(alinha("convert", cp1252, "--to", "tsv")).toMatchObject({ code: 0, stdout: expect.stringMatching(/Action\tAção/), stderr: expect.stringMatching(/read as Windows-1252/) });
    const u16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`en\tpt-BR\nHi\tOi \uD800!\n`, "utf16le")]);
    expect(alinha("convert", file("broken16.tsv", u16), "--to", "po")).toMatchObject({ code: 1, stderr: expect.stringMatching(/not UTF-16 LE.*byte offset 32\)/) });
  });

  it("loads only the dictionaries a run asks for, when a check first asks", () => {
    const loaded = (...args: string[]) => {
      const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd: dir, env: { ...process.env, INIT_CWD: dir, ALINHA_DEBUG_SPELLERS: "1" } });
      expect(r.status).toBe(0);
      return [...r.stderr.matchAll(/speller (\w+) loaded/g)].map((m) => m[1]).sort();
    };
    expect(loaded("align", pt, en)).toEqual(["en", "pt"]);
    // From the form the build saved (dist/spellers), not compiled again at start.
    const r = spawnSync(process.execPath, [bin, "align", pt, en], { encoding: "utf8", cwd: dir, env: { ...process.env, INIT_CWD: dir, ALINHA_DEBUG_SPELLERS: "1" } });
    expect(r.stderr.match(/\(saved form\)/g)).toHaveLength(2);
    // Portuguese alone: the English dictionary is never read.
    expect(loaded("check", pt)).toEqual(["pt"]);
    expect(loaded("align", pt)).toEqual(["pt"]);
    // convert changes form, not content: no check runs, no dictionary is read.
    expect(loaded("convert", pt, "--to", "txt")).toEqual([]);
  });

  it("keeps its exit codes through pnpm alinha", () => {
    const pnpm = (...args: string[]) => spawnSync("pnpm", ["alinha", ...args], { cwd: repoDir, encoding: "utf8", env: { ...process.env, INIT_CWD: dir } });
    expect(pnpm("--version")).toMatchObject({ status: 0, stdout: expect.stringMatching(/^alinha /) });
    expect(pnpm("align", "no-such-file.txt").status).toBe(1);
    expect(pnpm("align", "--nope").status).toBe(2);
  });
});
