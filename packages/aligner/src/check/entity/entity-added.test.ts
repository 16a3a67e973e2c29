import { describe, expect, it } from "vitest";
import { runCheck } from "../render-flags.ts";
import { entityAdded } from "./entity-added.ts";

describe("entity-added", () => {
  it.each([
    ["swapped model", "Se você já usou o DeepSeek R1 Pro, sua consistência é notável.", "If you've used o1 Pro, its consistency is remarkable.", ["DeepSeek R1 Pro→o1 Pro"]],
    ["invented prefix", "o lançamento do modelo de vídeo Dall-E Sora", "the launch of the Sora video model", ["Dall-E Sora"]],
  ])("hit: %s", (_n, pt, en, expected) => expect(runCheck(entityAdded, { pt, en })).toEqual(expected));

  it.each([
    ["same names", "O GPT-4o e o o3 da OpenAI", "OpenAI's GPT-4o and o3"],
    ["translated acronym", "a IA nos EUA", "AI in the US"],
    ["decades", "nos anos 2000 e 2010", "in the 2000s and 2010s"],
    ["capitalised word only", "a Maratona de Boston", "the Boston Marathon"],
  ])("near miss: %s", (_n, pt, en) => expect(runCheck(entityAdded, { pt, en })).toEqual([]));

  it("is silent without English", () => expect(runCheck(entityAdded, { pt: "o DeepSeek R1 Pro" })).toEqual([]));
});

describe("entity-added, word-building", () => {
  it.each([
    ["prefixed acronym", "o ex-CEO da Instacart", "the former CEO of Instacart"],
    ["time unit", "depois de 2h de uso", "after two hours of use"],
  ])("near miss: %s", (_n, pt, en) => expect(runCheck(entityAdded, { pt, en })).toEqual([]));
});
