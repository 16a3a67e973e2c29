import { ConcordancePanel } from "../concordance/ConcordancePanel.tsx";
import { QaSummary } from "../qa/QaSummary.tsx";
import type { PanelTab, ReviewController } from "../review/ReviewController.ts";
import { PairPanel } from "./PairPanel.tsx";

const TABS: readonly { tab: PanelTab; label: string; key?: string }[] = [
  { tab: "pair", label: "Pair" },
  { tab: "concordance", label: "Concordance", key: "Ctrl+Shift+F" },
  { tab: "qa", label: "QA" },
];

/** The right-hand panel: the current pair, the concordance, or the document's QA summary. */
export function SidePanel({ review }: { review: ReviewController }) {
  const { panelTab } = review;
  return (
    <aside className="panel" aria-label="Side panel" data-testid="side-panel">
      <div className="panel__tabs" role="tablist">
        {TABS.map(({ tab, label, key }) => (
          <button key={tab} role="tab" aria-selected={panelTab === tab} className="panel__tab" title={key} onClick={() => review.showPanel(tab)}>
            {label}
          </button>
        ))}
      </div>
      {panelTab === "pair" && <PairPanel review={review} />}
      {panelTab === "concordance" && <ConcordancePanel review={review} />}
      {panelTab === "qa" && <QaSummary review={review} />}
    </aside>
  );
}
