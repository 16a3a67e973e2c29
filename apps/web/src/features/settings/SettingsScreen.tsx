import { useEffect, useMemo, useState } from "react";
import type { Route } from "../../app/routes.ts";
import { isReviewer } from "../auth/permissions.ts";
import { useSession } from "../auth/useSession.ts";
import { PageScreen } from "../shell/PageScreen.tsx";
import { CheckFamilyGroup } from "./CheckFamilyGroup.tsx";
import { checksByFamily } from "./checksByFamily.ts";
import type { WorkspaceSettings } from "./settingsApi.ts";
import { useSettings, type RecheckState } from "./useSettings.ts";
import "./settings.css";

type Variant = WorkspaceSettings["variant"];

const VARIANTS: readonly { variant: Variant; label: string }[] = [
  { variant: "pt-BR", label: "Brazilian Portuguese (pt-BR)" },
  { variant: "pt-PT", label: "European Portuguese (pt-PT)" },
];

function RecheckOffer({ state, editable, onRecheck }: { state: RecheckState; editable: boolean; onRecheck: () => void }) {
  if (state.kind === "running") return <span className="notice" role="status" aria-busy="true">Re-checking every document…</span>;
  if (state.kind === "done") {
    return <span className="notice notice--success" role="status">Re-checked {state.documents} documents; flags changed on {state.changedPairs} pairs.</span>;
  }
  if (state.kind !== "stale") return null;
  return (
    <span className="notice" role="status">
      Saved. {state.documents} {state.documents === 1 ? "document keeps" : "documents keep"} flags from the old settings until re-checked.{" "}
      {editable && <button className="button button--primary" onClick={onRecheck}>Re-check all documents now</button>}
    </span>
  );
}

/** The workspace's target variant and which checks run; editors and admins change them. */
export function SettingsScreen({ route }: { route: Route }) {
  const { user } = useSession();
  // The API lets editors and admins PATCH; the same people approve pairs.
  const editable = isReviewer(user);
  const { settings, checks, error, saving, recheck, save, recheckAll } = useSettings();
  const [variant, setVariant] = useState<Variant>("pt-BR");
  const [disabled, setDisabled] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    if (!settings) return;
    setVariant(settings.variant);
    setDisabled(new Set(settings.disabledChecks));
  }, [settings]);

  const groups = useMemo(() => checksByFamily(checks ?? []), [checks]);
  const dirty = !!settings && (variant !== settings.variant
    || disabled.size !== settings.disabledChecks.length || settings.disabledChecks.some((id) => !disabled.has(id)));

  function toggle(id: string, on: boolean) {
    setDisabled((current) => {
      const next = new Set(current);
      if (on) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  return (
    <PageScreen
      route={route}
      title="Settings"
      lead={<>
        What the checks look for in every document.{!editable && " Only editors and admins can change these."}
        {settings?.updatedBy && ` Last changed by ${settings.updatedBy}.`}
      </>}
    >
      {error && <p className="error" role="alert">{error}</p>}
      {settings && checks && (
        <>
          <section className="settings-section">
            <h2>Target variant</h2>
            <p className="muted">Forms of the other variant are flagged. A document imported with a variant of its own keeps it.</p>
            <div className="settings-variant" role="radiogroup" aria-label="Target variant">
              {VARIANTS.map((v) => (
                <label key={v.variant}>
                  <input type="radio" name="variant" value={v.variant} checked={variant === v.variant} disabled={!editable}
                    onChange={() => setVariant(v.variant)} /> {v.label}
                </label>
              ))}
            </div>
          </section>
          <section className="settings-section">
            <h2>Checks</h2>
            <p className="muted">{checks.length - disabled.size} of {checks.length} checks are on. A check turned off raises no flags anywhere.</p>
            {groups.map((group) => (
              <CheckFamilyGroup key={group.family} group={group} disabled={disabled} editable={editable} onToggle={toggle} />
            ))}
          </section>
          <div className="settings-actions">
            {editable && (
              <button className="button button--primary" disabled={!dirty || saving}
                onClick={() => void save({ variant, disabledChecks: [...disabled] })}>
                {saving ? "Saving…" : "Save settings"}
              </button>
            )}
            <RecheckOffer state={recheck} editable={editable} onRecheck={() => void recheckAll()} />
          </div>
        </>
      )}
    </PageScreen>
  );
}
