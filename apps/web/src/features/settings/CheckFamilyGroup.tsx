import type { CheckGroup } from "./checksByFamily.ts";

/** One family's checks, each with its on/off switch (read-only for translators). */
export function CheckFamilyGroup({ group, disabled, editable, onToggle }: {
  group: CheckGroup;
  disabled: ReadonlySet<string>;
  editable: boolean;
  onToggle: (id: string, on: boolean) => void;
}) {
  return (
    <section className="settings-family" aria-labelledby={`family-${group.family}`}>
      <h3 id={`family-${group.family}`} className={`settings-family__title chip--${group.family}`}>{group.label}</h3>
      <ul className="settings-checks">
        {group.checks.map((check) => {
          const on = !disabled.has(check.id);
          return (
            <li key={check.id} className={`settings-check${on ? "" : " settings-check--off"}`} data-check-id={check.id}>
              <label className="settings-check__switch">
                <input type="checkbox" role="switch" aria-label={check.name} aria-describedby={`check-${check.id}`}
                  checked={on} disabled={!editable} onChange={(e) => onToggle(check.id, e.target.checked)} />
                <span className="settings-check__name">{check.name}</span>
              </label>
              <span className={`settings-check__severity settings-check__severity--${check.severity}`}>{check.severity}</span>
              <p id={`check-${check.id}`} className="settings-check__description muted">{check.description} <code>{check.id}</code></p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
