import { useCallback, useEffect, useState } from "react";
import { api } from "../../api/client.ts";
import { describeError } from "../../api/problem.ts";
import type { Term } from "../../api/types.ts";

/**
 * The glossary, with the editor's changes. Each change is sent at once and the list updated
 * from the answer, so two editors see each other's terms on reload.
 */
export function useTerms() {
  const [terms, setTerms] = useState<Term[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.terms().then((body) => setTerms(body.terms), (failure) => setError(describeError(failure)));
  }, []);

  const guard = useCallback(async (call: () => Promise<void>) => {
    try {
      setError(null);
      await call();
      return true;
    } catch (failure) {
      setError(describeError(failure));
      return false;
    }
  }, []);

  const create = useCallback((term: Omit<Term, "id">) => guard(async () => {
    const body = await api.createTerm(term);
    setTerms((list) => [...(list ?? []), body.term]);
  }), [guard]);

  const update = useCallback((id: string, change: Partial<Omit<Term, "id">>) => guard(async () => {
    const body = await api.updateTerm(id, change);
    setTerms((list) => (list ?? []).map((t) => (t.id === id ? body.term : t)));
  }), [guard]);

  const remove = useCallback((id: string) => guard(async () => {
    await api.deleteTerm(id);
    setTerms((list) => (list ?? []).filter((t) => t.id !== id));
  }), [guard]);

  return { terms, error, create, update, remove };
}
