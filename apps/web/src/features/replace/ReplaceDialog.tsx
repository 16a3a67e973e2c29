import { useEffect, useState, type FormEvent } from "react";
import { api } from "../../api/client.ts";
import { describeError } from "../../api/problem.ts";
import type { ReplaceMatch } from "../../api/types.ts";
import { WordDiff } from "../diff/WordDiff.tsx";
import { Dialog } from "../shell/Dialog.tsx";

/**
 * Search and replace with a preview of every change before anything is written. Scope "all
 * documents" is how a fix propagates: the same correction offered wherever the text occurs.
 */
export function ReplaceDialog({ documentId, onClose, onApplied, initial }: {
  documentId: string;
  onClose: () => void;
  onApplied: () => void;
  /** A document finding's bulk fix: filled in, matched exactly, and previewed at once. */
  initial?: { find: string; replace: string };
}) {
  const [find, setFind] = useState(initial?.find ?? "");
  const [replace, setReplace] = useState(initial?.replace ?? "");
  const [matchCase, setMatchCase] = useState(!!initial);
  const [wholeWord, setWholeWord] = useState(true);
  const [everywhere, setEverywhere] = useState(false);
  const [matches, setMatches] = useState<ReplaceMatch[] | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const options = { find, replace, matchCase, wholeWord };

  async function preview(event?: FormEvent) {
    event?.preventDefault();
    if (!find) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const body = await api.replacePreview(everywhere ? options : { ...options, documentId });
      setMatches(body.matches);
      setChosen(new Set(body.matches.map((m) => m.pairId)));
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  }

  // A bulk fix opens on its preview: the reviewable batch of edits, nothing written yet.
  useEffect(() => {
    if (initial) void preview();
  }, []); // eslint-disable-line react-hooks/exhaustive-deps -- once, for the values it opened with

  async function apply() {
    if (!matches) return;
    setBusy(true);
    try {
      const targets = matches.filter((m) => chosen.has(m.pairId)).map((m) => ({ pairId: m.pairId, version: m.version }));
      const body = await api.replaceApply({ ...options, targets });
      setResult(body.conflicts.length
        ? `Replaced in ${body.applied.length} pairs. ${body.conflicts.length} changed since the preview and were left alone; preview again to include them.`
        : `Replaced in ${body.applied.length} pairs.`);
      setMatches(null);
      onApplied();
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  }

  const documents = new Set(matches?.map((m) => m.documentId) ?? []);
  return (
    <Dialog title="Search and replace" onClose={onClose} wide testId="replace-dialog">
      <form className="form" onSubmit={preview}>
        <div className="form__columns">
          <label className="field"><span>Find</span><input autoFocus value={find} onChange={(e) => setFind(e.target.value)} lang="pt" /></label>
          <label className="field"><span>Replace with</span><input value={replace} onChange={(e) => setReplace(e.target.value)} lang="pt" /></label>
        </div>
        <div className="button-row">
          <label className="checkbox"><input type="checkbox" checked={matchCase} onChange={(e) => setMatchCase(e.target.checked)} /> Match case</label>
          <label className="checkbox"><input type="checkbox" checked={wholeWord} onChange={(e) => setWholeWord(e.target.checked)} /> Whole words</label>
          <label className="checkbox"><input type="checkbox" checked={everywhere} onChange={(e) => setEverywhere(e.target.checked)} /> In all documents (propagate)</label>
          <button className="button" type="submit" disabled={!find || busy}>Preview</button>
        </div>
      </form>
      {error && <p className="error" role="alert">{error}</p>}
      {result && <p className="notice notice--success" role="status">{result}</p>}
      {matches && (
        <>
          {/* The actions come before the list: with hundreds of matches, a keyboard user would
              otherwise Tab through every checkbox to reach them. */}
          <div className="replace-summary">
            <p className="small muted">{matches.length} {matches.length === 1 ? "pair" : "pairs"} in {documents.size} {documents.size === 1 ? "document" : "documents"}. Untick any change you do not want.</p>
            <button className="button" onClick={onClose}>Close</button>
            <button className="button button--primary" disabled={!chosen.size || busy} onClick={() => void apply()}>Replace in {chosen.size} {chosen.size === 1 ? "pair" : "pairs"}</button>
          </div>
          <ul className="replace-preview" data-testid="replace-preview">
            {matches.map((m) => (
              <li key={m.pairId}>
                <label className="checkbox">
                  <input type="checkbox" checked={chosen.has(m.pairId)} onChange={() => setChosen((s) => {
                    const next = new Set(s);
                    if (!next.delete(m.pairId)) next.add(m.pairId);
                    return next;
                  })} />
                  <span className="replace-preview__where">{everywhere ? `${m.documentTitle} · ` : ""}#{m.index + 1}</span>
                </label>
                <WordDiff before={m.before} after={m.after} />
              </li>
            ))}
          </ul>
        </>
      )}
    </Dialog>
  );
}
