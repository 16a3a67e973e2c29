import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { getDocument, listDocuments } from "@alinha/corpus";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alignDocument } from "../align-document.ts";
import type { BitextPair } from "../types.ts";
import { serializeBitext, type BitextMeta } from "./index.ts";
import { bitextPair, FIXED_PAIRS } from "./test-pairs.ts";

/**
 * The OASIS XLIFF schemas, as Debian's php-symfony-translation ships them (installed by .ci/run;
 * only its schema files are used, no PHP runs): the XLIFF 2.0 core schema and the 1.2 strict
 * schema, each with the W3C xml.xsd they import. They are not copied into this repository: the
 * OASIS notice on them allows copies only with the notice, and Debian already carries them.
 * xmllint runs with --nonet: the 1.2 schema's import of http://www.w3.org/2001/xml.xsd goes to
 * the local copy through an XML catalog. Off CI the tests are skipped when the files are absent;
 * on CI their absence fails the run.
 */
const SCHEMAS = "/usr/share/php/Symfony/Component/Translation/Resources/schemas";
const installed = existsSync(join(SCHEMAS, "xliff-core-2.0.xsd")) && spawnSync("xmllint", ["--version"]).status === 0;
if (!installed && process.env.CI === "true") {
  throw new Error("XLIFF schemas or xmllint missing: .ci/run installs them (apt-get install php-symfony-translation libxml2-utils)");
}

const dir = mkdtempSync(join(tmpdir(), "alinha-xsd-"));
/** The 2.0 schema imports xml.xsd from a folder beside it, as OASIS publishes them. */
function layOutSchemas(): { xliff2: string; xliff12: string; catalog: string } {
  const w3c = join(dir, "informativeCopiesOf3rdPartySchemas", "w3c");
  mkdirSync(w3c, { recursive: true });
  copyFileSync(join(SCHEMAS, "xml.xsd"), join(w3c, "xml.xsd"));
  copyFileSync(join(SCHEMAS, "xliff-core-2.0.xsd"), join(dir, "xliff-core-2.0.xsd"));
  copyFileSync(join(SCHEMAS, "xliff-core-1.2-strict.xsd"), join(dir, "xliff-core-1.2-strict.xsd"));
  const catalog = join(dir, "catalog.xml");
  writeFileSync(
    catalog,
    `<?xml version="1.0"?>
<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
  <system systemId="http://www.w3.org/2001/xml.xsd" uri="${pathToFileURL(join(w3c, "xml.xsd")).href}"/>
  <uri name="http://www.w3.org/2001/xml.xsd" uri="${pathToFileURL(join(w3c, "xml.xsd")).href}"/>
</catalog>
`,
  );
  return { xliff2: join(dir, "xliff-core-2.0.xsd"), xliff12: join(dir, "xliff-core-1.2-strict.xsd"), catalog };
}

let files = 0;
/** xmllint's verdict: "" when valid, else its first complaints. */
function validate(xml: string, schema: string, catalog: string): string {
  const path = join(dir, `export-${files++}.xlf`);
  writeFileSync(path, xml);
  const r = spawnSync("xmllint", ["--noout", "--nonet", "--schema", schema, path], {
    encoding: "utf8",
    env: { ...process.env, XML_CATALOG_FILES: catalog },
  });
  return r.status === 0 ? "" : r.stderr.split("\n").slice(0, 6).join("\n");
}

const documents = listDocuments().map((meta) => {
  const doc = getDocument(meta.id);
  const result = alignDocument(doc.pt, doc.en || undefined);
  const base = (p: (typeof result.pairs)[number]) => p.pt[0]?.[0] ?? 0;
  // With the checks' flags over their spans: XLIFF 2.0 writes them as <mrk> and notes.
  const pairs: BitextPair[] = result.pairs.map((p, k) => ({
    id: `p${k + 1}`,
    en: p.enText,
    pt: p.ptText,
    status: k % 3 === 0 ? "approved" : "new",
    version: 1,
    flags: p.flags.map((f) => ({ ...f, start: f.start - base(p), end: f.end - base(p) })),
  }));
  return { id: meta.id, title: meta.title, pairs };
});

describe.skipIf(!installed)("XLIFF exports validate against the OASIS schemas (xmllint)", { timeout: 120_000 }, () => {
  const schemas = installed ? layOutSchemas() : { xliff2: "", xliff12: "", catalog: "" };

  it("xmllint does reject an XLIFF 2.0 file the schema forbids (the check can fail)", () => {
    const bad = `<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en"><file id="f"><unit id="u"><segment state="done"><source>a</source></segment></unit></file></xliff>`;
    expect(validate(bad, schemas.xliff2, schemas.catalog)).toMatch(/state/);
  });

  for (const doc of documents) {
    for (const scope of ["all", "approved"] as const) {
      it(`${doc.id} (${scope}): XLIFF 2.0 against the core schema, XLIFF 1.2 against the strict schema`, () => {
        const meta: BitextMeta = { title: doc.title, variant: "pt-BR", scope };
        expect(validate([...serializeBitext("xliff", doc.pairs, meta)].join(""), schemas.xliff2, schemas.catalog)).toBe("");
        expect(validate([...serializeBitext("xliff12", doc.pairs, meta)].join(""), schemas.xliff12, schemas.catalog)).toBe("");
      });
    }
  }

  it("awkward text, inline codes, notes and statuses stay valid in both versions (property)", () => {
    fc.assert(
      fc.property(fc.array(bitextPair, { maxLength: 6 }), fc.constantFrom<BitextMeta["scope"]>("all", "approved"), (pairs, scope) => {
        const meta: BitextMeta = { title: "t", variant: "pt-PT", scope };
        const all = [...FIXED_PAIRS, ...pairs];
        expect(validate([...serializeBitext("xliff", all, meta)].join(""), schemas.xliff2, schemas.catalog)).toBe("");
        expect(validate([...serializeBitext("xliff12", all, meta)].join(""), schemas.xliff12, schemas.catalog)).toBe("");
      }),
      { numRuns: 25 },
    );
  });
});
