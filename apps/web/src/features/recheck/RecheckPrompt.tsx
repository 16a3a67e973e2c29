import { useState } from "react";
import { api } from "../../api/client.ts";
import { describeError } from "../../api/problem.ts";
import { recheckDocuments, recheckSummary } from "./recheckDocuments.ts";

type Phase = { kind: "offer" } | { kind: "running"; finished: number; of: number } | { kind: "done"; text: string; failed: boolean };

/**
 * After a glossary change: the flags of every document still follow the old glossary until
 * their checks run again. A docked line rather than a dialog, so an editor can make several
 * changes first and re-check once, or carry on without it.
 * @param onClose called when the editor closes it (the screen stops showing it)
 */
export function RecheckPrompt({ reason, onClose }: { reason: string; onClose: () => void }) {
  const [phase, setPhase] = useState<Phase>({ kind: "offer" });

  async function run() {
    setPhase({ kind: "running", finished: 0, of: 0 });
    try {
      const ids = (await api.documents()).documents.map((d) => d.id);
      setPhase({ kind: "running", finished: 0, of: ids.length });
      const report = await recheckDocuments(ids, api.recheck, (finished) => setPhase({ kind: "running", finished, of: ids.length }), describeError);
      setPhase({ kind: "done", text: recheckSummary(report), failed: report.failed.length > 0 });
    } catch (failure) {
      setPhase({ kind: "done", text: describeError(failure), failed: true });
    }
  }

  return (
    <div className="recheck-prompt" role="status" data-testid="recheck-prompt">
      {phase.kind === "offer" && (
        <>
          <span>{reason} The documents' flags still follow the old glossary.</span>
          <button className="button button--primary button--small" onClick={() => void run()}>Re-run checks on all documents</button>
          <button className="button button--ghost button--small" onClick={onClose}>Not now</button>
        </>
      )}
      {phase.kind === "running" && <span>Re-running checks… {phase.of ? `${phase.finished} of ${phase.of} documents` : ""}</span>}
      {phase.kind === "done" && (
        <>
          <span className={phase.failed ? "notice notice--error" : "notice notice--success"}>{phase.text}</span>
          <button className="button button--ghost button--small" onClick={onClose}>Close</button>
        </>
      )}
    </div>
  );
}
