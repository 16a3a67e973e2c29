import { describe, expect, it } from "vitest";
import type { Term } from "../../types.ts";
import { runCheck } from "../render-flags.ts";
import { entityTranslated } from "./entity-translated.ts";

const terms: Term[] = [{ term: "Hard AI" }, { term: "Model Spec" }, { term: "Artifacts" }, { term: "Deep Research" }, { term: "Confucius", kind: "person" }];

describe("entity-translated", () => {
  it.each([
    ["publication", "editor | ia difícil", "Editor | Hard AI", ["ia difícil→Hard AI"]],
    ["with glue words", "A especificação do modelo da OpenAI afirma", "OpenAI's Model Spec says", ["especificação do modelo→Model Spec"]],
    ["cognate", "este projeto \"artefatos\" que fizemos", "this \"Artifacts\" project we did", ["artefatos→Artifacts"]],
  ])("hit: %s", (_n, pt, en, expected) => expect(runCheck(entityTranslated, { pt, en }, { terms })).toEqual(expected));

  it.each([
    ["kept", "o Deep Research da OpenAI", "OpenAI's Deep Research"],
    ["the English does not name it", "uma pesquisa profunda sobre o tema", "a deep piece of research on the topic"],
    ["no English", "ia difícil", undefined],
    ["a person's Portuguese name", "Temos essa frase de Confúcio", "We have this line from Confucius"],
  ])("near miss: %s", (_n, pt, en) => expect(runCheck(entityTranslated, en === undefined ? { pt } : { pt, en }, { terms })).toEqual([]));
});
