import { describe, expect, it } from "vitest";
import { lastRun } from "./last-run.ts";

const LAST_WORD = /([\p{L}\p{N}]+)[^\p{L}\p{N}]*$/u;
const BEFORE_STOP = /([\p{L}\p{N}_]+)[.]$/u;
const long = "x".repeat(200);

describe("lastRun gives what the pattern gives on the whole text", () => {
  it.each([
    ["the last word", "o pacote apt", LAST_WORD],
    ["a word before punctuation and spaces", "veja o manual (apt).  ", LAST_WORD],
    ["a word longer than the tail", `ver ${long}`, LAST_WORD],
    ["a word behind a long trail of punctuation", `nome ${"- ".repeat(100)}`, LAST_WORD],
    ["a text with no letters", "… --- 42 …".replace("42", "--"), LAST_WORD],
    ["a letter outside the BMP at the tail's edge", `a ${"𝐀".repeat(20)}`, LAST_WORD],
    ["a word before the stop", `${long} aumentam.`, BEFORE_STOP],
    ["a stop after a bracket", `${long} (veja).`, BEFORE_STOP],
    ["no stop at the end", `${long} fim`, BEFORE_STOP],
    ["a name longer than the tail before the stop", `a ${long}.`, BEFORE_STOP],
  ])("%s", (_name, text, pattern) => {
    expect(lastRun(pattern, text, pattern === BEFORE_STOP ? 1 : Infinity)).toBe(pattern.exec(text)?.[1]);
  });
});
