import { describe, expect, it } from "vitest";
import { segmentText } from "../segment/index.ts";
import { alignSegments } from "./align-segments.ts";

// A man page's option list, flattened in the English (the options are what a translation keeps).
const PT_ITEMS = [
  "- a opção --verbose mostra mensagens detalhadas",
  "- a opção --quiet esconde as mensagens normais",
  "- a opção --dry-run simula a instalação",
  "- a opção --force ignora os conflitos",
  "- a opção --purge remove os arquivos de configuração",
  "- a opção --yes responde sim a todas as perguntas",
];
const EN_FLAT =
  "the --verbose option shows detailed messages the --quiet option hides the normal messages the --dry-run option simulates the installation " +
  "the --force option ignores conflicts the --purge option removes the configuration files the --yes option answers yes to all questions";

describe("list mode", () => {
  it("pairs every item of a list with its flattened English, past the DP's three segments a side", () => {
    const text = `Opções do programa.\n\n${PT_ITEMS.join("\n")}\n\nO resto do capítulo explica cada uma.`;
    const en = `Program options.\n\n${EN_FLAT}\n\nThe rest of the chapter explains each one.`;
    const beads = alignSegments(segmentText(text).segments, segmentText(en).segments);
    const list = beads.find((b) => b.en.length === 1 && b.pt.length > 3);
    expect(list).toMatchObject({ kind: "6-1", pt: [1, 2, 3, 4, 5, 6], en: [1] });
    expect(list!.reason).toMatch(/\+list$/u);
    expect(beads.filter((b) => b.en.length === 0)).toEqual([]);
  });
});
