import { useState } from "react";
import type { Term, TermPolicy } from "../../api/types.ts";
import { formatAliases, parseAliases } from "./aliases.ts";

export const POLICIES: { policy: TermPolicy; label: string }[] = [
  { policy: "keep", label: "Keep as is" },
  { policy: "preferred", label: "Preferred" },
  { policy: "forbidden", label: "Forbidden" },
];

/** One glossary entry; editors edit it in place, others read it. */
export function TermRow({ term, editable, onSave, onDelete }: {
  term: Term;
  editable: boolean;
  onSave: (change: Partial<Omit<Term, "id">>) => Promise<boolean>;
  onDelete: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(term);
  // Kept as typed (commas and all) until saved, so typing "Altman, " does not lose the comma.
  const [aliasText, setAliasText] = useState(formatAliases(term.aliases));
  if (!editing) {
    return (
      <tr>
        <td className="term__term">{term.term}</td>
        <td>{term.kind}</td>
        <td><span className={`policy policy--${term.policy}`}>{POLICIES.find((p) => p.policy === term.policy)?.label}</span></td>
        <td>{term.replacement ?? <span className="muted">—</span>}</td>
        <td className="term__aliases">{term.aliases?.length ? term.aliases.map((a) => <span key={a} className="tag">{a}</span>) : <span className="muted">—</span>}</td>
        <td className="muted">{term.note}</td>
        <td className="documents__actions">
          {editable && <button className="button button--small button--ghost" onClick={() => (setDraft(term), setAliasText(formatAliases(term.aliases)), setEditing(true))} aria-label={`Edit ${term.term}`}>Edit</button>}
          {editable && <button className="button button--small button--ghost" onClick={onDelete} aria-label={`Delete ${term.term}`}>Delete</button>}
        </td>
      </tr>
    );
  }
  return (
    <tr className="term--editing">
      <td><input aria-label="Term" value={draft.term} onChange={(e) => setDraft({ ...draft, term: e.target.value })} /></td>
      <td><input aria-label="Kind" value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value })} /></td>
      <td>
        <select aria-label="Policy" value={draft.policy} onChange={(e) => setDraft({ ...draft, policy: e.target.value as TermPolicy })}>
          {POLICIES.map((p) => <option key={p.policy} value={p.policy}>{p.label}</option>)}
        </select>
      </td>
      <td><input aria-label="Replacement" value={draft.replacement ?? ""} onChange={(e) => setDraft({ ...draft, replacement: e.target.value || null })} /></td>
      <td><input aria-label="Aliases" placeholder="Other forms, comma-separated" value={aliasText} onChange={(e) => setAliasText(e.target.value)} /></td>
      <td><input aria-label="Note" value={draft.note ?? ""} onChange={(e) => setDraft({ ...draft, note: e.target.value || null })} /></td>
      <td className="documents__actions">
        <button className="button button--small button--primary" onClick={async () => {
          const { id: _id, ...change } = draft;
          if (await onSave({ ...change, aliases: parseAliases(aliasText) })) setEditing(false);
        }}>Save</button>
        <button className="button button--small" onClick={() => setEditing(false)}>Cancel</button>
      </td>
    </tr>
  );
}
