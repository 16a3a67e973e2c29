import { useEffect, useState } from "react";
import { api } from "../../api/client.ts";
import type { Term } from "../../api/types.ts";

/**
 * The glossary, read once when the review screen opens: terms change rarely and the terms
 * screen is where they are edited; reopening the document picks up a change.
 */
export function useGlossary(): readonly Term[] {
  const [terms, setTerms] = useState<readonly Term[]>([]);
  useEffect(() => {
    let live = true;
    // Without the glossary the review still works; the term panel just stays empty.
    api.terms().then((body) => live && setTerms(body.terms), () => {});
    return () => {
      live = false;
    };
  }, []);
  return terms;
}
