import { useCallback, useEffect, useState } from "react";
import { describeError } from "../../api/problem.ts";
import { settingsApi, type CheckInfo, type WorkspaceSettings } from "./settingsApi.ts";

export type RecheckState =
  | { kind: "idle" }
  /** Saved; this many documents carry flags from the settings before. */
  | { kind: "stale"; documents: number }
  | { kind: "running" }
  | { kind: "done"; documents: number; changedPairs: number };

/**
 * The workspace settings and the check registry, with saving and re-checking every document.
 * A save does not re-check by itself (that can take a while on a large workspace): it reports
 * how many documents need it, and the screen offers to do it now.
 */
export function useSettings() {
  const [settings, setSettings] = useState<WorkspaceSettings | null>(null);
  const [checks, setChecks] = useState<CheckInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [recheck, setRecheck] = useState<RecheckState>({ kind: "idle" });

  useEffect(() => {
    Promise.all([settingsApi.settings(), settingsApi.checks()]).then(
      ([s, c]) => { setSettings(s.settings); setChecks(c.checks); },
      (failure) => setError(describeError(failure)),
    );
  }, []);

  const save = useCallback(async (change: Pick<WorkspaceSettings, "variant" | "disabledChecks">) => {
    setSaving(true);
    setError(null);
    try {
      const body = await settingsApi.save(change);
      setSettings(body.settings);
      setRecheck(body.staleDocuments > 0 ? { kind: "stale", documents: body.staleDocuments } : { kind: "idle" });
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setSaving(false);
    }
  }, []);

  const recheckAll = useCallback(async () => {
    setRecheck({ kind: "running" });
    setError(null);
    try {
      const body = await settingsApi.recheckAll();
      setRecheck({ kind: "done", documents: body.documents, changedPairs: body.changedPairs });
    } catch (failure) {
      setError(describeError(failure));
      setRecheck({ kind: "idle" });
    }
  }, []);

  return { settings, checks, error, saving, recheck, save, recheckAll };
}
