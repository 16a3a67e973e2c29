import { useCallback, useEffect, useState } from "react";
import { api } from "../../api/client.ts";
import { describeError } from "../../api/problem.ts";
import type { DocumentSummary } from "../../api/types.ts";

/** The document list, with a reload for after an import. */
export function useDocuments(): {
  documents: DocumentSummary[] | null;
  error: string | null;
  reload: () => void;
} {
  const [documents, setDocuments] = useState<DocumentSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    api.documents().then(
      (body) => live && (setDocuments(body.documents), setError(null)),
      (failure) => live && setError(describeError(failure)),
    );
    return () => {
      live = false;
    };
  }, [generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { documents, error, reload };
}
