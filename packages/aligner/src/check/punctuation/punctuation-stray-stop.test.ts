import { describe, expect, it } from "vitest";
import { runCheck } from "../render-flags.ts";
import { punctuationStrayStop } from "./punctuation-stray-stop.ts";

describe("punctuation-stray-stop", () => {
  it.each([
    ["hit: cut phrase", "a tarefa como um. enxame.", ["um. enxame→um enxame"]],
    ["hit: stop and comma", "fim. , e esta as coisas", [". ,→,"]],
    ["near miss: etc", "custos, etc., são altos", []],
    ["near miss: sentence end", "Ele venceu. a seguir, o prêmio.", []],
  ])("%s", (_name, pt, expected) => expect(runCheck(punctuationStrayStop, { pt })).toEqual(expected));
});
