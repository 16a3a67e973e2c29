import { useMemo, useState, type FormEvent } from "react";
import type { Route } from "../../app/routes.ts";
import type { TermPolicy } from "../../api/types.ts";
import { can } from "../auth/permissions.ts";
import { useSession } from "../auth/useSession.ts";
import { fold } from "../filters/filters.ts";
import { RecheckPrompt } from "../recheck/RecheckPrompt.tsx";
import { PageScreen } from "../shell/PageScreen.tsx";
import { parseAliases } from "./aliases.ts";
import { POLICIES, TermRow } from "./TermRow.tsx";
import { useTerms } from "./useTerms.ts";

export function TermsScreen({ route }: { route: Route }) {
  const { user } = useSession();
  const { terms, error, create, update, remove } = useTerms();
  const editable = can(user, "edit-terms");
  const [search, setSearch] = useState("");
  const [term, setTerm] = useState("");
  const [kind, setKind] = useState("");
  const [policy, setPolicy] = useState<TermPolicy>("keep");
  const [replacement, setReplacement] = useState("");
  const [aliases, setAliases] = useState("");
  /** What changed in the glossary since the last re-check offer was closed; null: nothing. */
  const [changed, setChanged] = useState<string | null>(null);
  const noted = (what: string) => (done: boolean) => {
    if (done) setChanged(what);
    return done;
  };

  const shown = useMemo(() => {
    const needle = fold(search.trim());
    return (terms ?? []).filter((t) => !needle || fold(`${t.term} ${t.replacement ?? ""} ${t.kind} ${(t.aliases ?? []).join(" ")}`).includes(needle))
      .sort((a, b) => a.term.localeCompare(b.term, "pt"));
  }, [terms, search]);

  async function add(event: FormEvent) {
    event.preventDefault();
    if (!term.trim()) return;
    const name = term.trim();
    if (noted(`“${name}” added.`)(await create({ term: name, kind: kind.trim() || "term", policy, replacement: replacement.trim() || null, note: null, aliases: parseAliases(aliases) }))) {
      setTerm("");
      setReplacement("");
      setAliases("");
    }
  }

  return (
    <PageScreen
      route={route}
      title="Terms"
      lead={<>The glossary the checks use: names to keep as they are, preferred forms, forbidden forms.{!editable && " Only editors can change it."}</>}
      action={<input type="search" placeholder="Filter terms" aria-label="Filter terms" value={search} onChange={(e) => setSearch(e.target.value)} />}
    >
      {error && <p className="error" role="alert">{error}</p>}
      {editable && changed && <RecheckPrompt key={changed} reason={changed} onClose={() => setChanged(null)} />}
      {editable && (
        <form className="term-add" onSubmit={add}>
          <input aria-label="New term" placeholder="Term, e.g. Noah Smith" value={term} onChange={(e) => setTerm(e.target.value)} />
          <input aria-label="Kind" placeholder="Kind (person, product…)" value={kind} onChange={(e) => setKind(e.target.value)} />
          <select aria-label="Policy" value={policy} onChange={(e) => setPolicy(e.target.value as TermPolicy)}>
            {POLICIES.map((p) => <option key={p.policy} value={p.policy}>{p.label}</option>)}
          </select>
          <input aria-label="Replacement" placeholder="Use instead (preferred/forbidden)" value={replacement} onChange={(e) => setReplacement(e.target.value)} />
          <input aria-label="Aliases" placeholder="Aliases, e.g. Altman" value={aliases} onChange={(e) => setAliases(e.target.value)} />
          <button className="button button--primary" type="submit" disabled={!term.trim()}>Add term</button>
        </form>
      )}
      <table className="documents terms">
        <thead><tr><th>Term</th><th>Kind</th><th>Policy</th><th>Use instead</th><th>Aliases</th><th>Note</th><th aria-label="Actions" /></tr></thead>
        <tbody>
          {shown.map((t) => (
            <TermRow key={t.id} term={t} editable={editable} onSave={async (change) => noted(`“${t.term}” changed.`)(await update(t.id, change))} onDelete={() => void remove(t.id).then(noted(`“${t.term}” deleted.`))} />
          ))}
          {terms && !shown.length && <tr><td colSpan={7} className="empty">No terms.</td></tr>}
        </tbody>
      </table>
    </PageScreen>
  );
}
