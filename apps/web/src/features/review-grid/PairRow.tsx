import { memo } from "react";
import type { Flag, MemoryMatch, Pair } from "../../api/types.ts";
import { MemoryMatches } from "../memory/MemoryMatches.tsx";
import { WordDiff } from "../diff/WordDiff.tsx";
import { LOW_CONFIDENCE } from "../filters/filters.ts";
import { FlaggedText } from "../flags/FlaggedText.tsx";
import { WithCodes } from "../text/WithCodes.tsx";
import { activeFlags } from "../flags/flagSpans.ts";
import { FocusedFlagBar } from "../flags/FocusedFlagBar.tsx";
import { StatusBadge } from "../status/StatusBadge.tsx";
import { MarkedEnglish, type EnglishMark } from "./MarkedEnglish.tsx";
import { PtEditor } from "./PtEditor.tsx";

export interface PairRowProps {
  pair: Pair;
  /** Unsaved text for this pair, if the user has typed any. */
  draft: string | undefined;
  current: boolean;
  editing: boolean;
  selected: boolean;
  focusedFlagId: string | null;
  showDiff: boolean;
  /** Glossary terms and the focused flag's source, marked in the current pair's English. */
  enMarks?: readonly EnglishMark[] | undefined;
  /** What the English has for the focused flag (an entity flag's name). */
  flagEnglish?: string | undefined;
  canEdit: boolean;
  canSelect: boolean;
  /** Someone else is editing this pair (their name). */
  editedBy?: string | undefined;
  onActivate: (pairId: string) => void;
  onEdit: (pairId: string) => void;
  onDraft: (pairId: string, text: string) => void;
  onApply: (pair: Pair, flag: Flag) => void;
  onToggleSelect: (pairId: string) => void;
  /** Shift-click: every shown pair from the last one ticked to this one. */
  onSelectRange: (pairId: string) => void;
  /** The current pair's translation-memory matches. */
  matches?: MemoryMatch[] | null | undefined;
  onInsertMatch?: ((n: number) => void) | undefined;
  /** Splits the pair where the aligner joined two lines of the file (offered on the current row). */
  onUndoPageBreak?: ((pair: Pair) => void) | undefined;
}

/** One aligned pair: number and confidence, English, Portuguese (flagged or being edited), status. */
export const PairRow = memo(function PairRow(props: PairRowProps) {
  const { pair, draft, current, editing, selected, focusedFlagId, showDiff, canEdit, canSelect } = props;
  const text = draft ?? pair.ptText;
  const dirty = draft !== undefined && draft !== pair.ptText;
  const low = pair.confidence < LOW_CONFIDENCE;
  const focusedFlag = current ? pair.flags.find((f) => f.id === focusedFlagId) : undefined;
  const className = ["pair", current && "pair--current", editing && "pair--editing", low && "pair--low", selected && "pair--selected", `pair--${pair.status}`, props.editedBy && "pair--busy"]
    .filter(Boolean).join(" ");
  return (
    <div
      className={className}
      data-pair-row
      data-pair-id={pair.id}
      data-status={pair.status}
      data-edited-by={props.editedBy}
      aria-current={current ? "true" : undefined}
      onMouseDown={(e) => {
        if (e.shiftKey && canSelect) {
          // Shift-click selects a range, as in every list; it does not also move the cursor.
          e.preventDefault();
          if (!(e.target instanceof HTMLInputElement)) props.onSelectRange(pair.id);
          return;
        }
        if (!current) props.onActivate(pair.id);
      }}
    >
      <div className="pair__gutter">
        {canSelect ? (
          <input type="checkbox" aria-label={`Select pair ${pair.index + 1}`} checked={selected} readOnly tabIndex={-1}
            onClick={(e) => (e.shiftKey ? props.onSelectRange(pair.id) : props.onToggleSelect(pair.id))} />
        ) : null}
        <span className="pair__index">{pair.index + 1}</span>
        {props.editedBy && <span className="pair__busy" title={`${props.editedBy} is editing this pair`}>✎ {props.editedBy}</span>}
        {low && <span className="pair__low" title={`Alignment confidence ${pair.confidence.toFixed(2)}: check that these two sides belong together`}>≈{pair.confidence.toFixed(2)}</span>}
        {pair.type !== "1-1" && <span className="pair__bead" title="Sentences English–Portuguese">{pair.type}</span>}
      </div>
      <div className="pair__en" lang="en">
        {!pair.enText ? <span className="muted">(no English)</span> : props.enMarks?.length ? <MarkedEnglish text={pair.enText} marks={props.enMarks} /> : <WithCodes text={pair.enText} />}
      </div>
      <div className="pair__pt" lang="pt" onClick={() => canEdit && !editing && props.onEdit(pair.id)}>
        {editing ? (
          <PtEditor value={text} onChange={(t) => props.onDraft(pair.id, t)} />
        ) : dirty ? (
          <span className="pair__draft">{text}</span>
        ) : (
          <FlaggedText text={pair.ptText} flags={pair.flags} focusedFlagId={current ? focusedFlagId : null} {...(canEdit ? { onApply: props.onApply.bind(null, pair) } : {})} />
        )}
        {current && !editing && !dirty && focusedFlag && (
          <FocusedFlagBar flag={focusedFlag} count={activeFlags(pair.flags).length} english={props.flagEnglish} {...(canEdit ? { onApply: props.onApply.bind(null, pair) } : {})} />
        )}
        {current && props.matches !== undefined && <MemoryMatches enText={pair.enText} matches={props.matches ?? null} {...(canEdit && props.onInsertMatch ? { onInsert: props.onInsertMatch } : {})} />}
        {showDiff && text !== pair.ptOriginal && (
          <div className="pair__diff" aria-label="Changes against the machine translation">
            <WordDiff before={pair.ptOriginal} after={text} />
          </div>
        )}
      </div>
      <div className="pair__status">
        <StatusBadge status={pair.status} />
        {dirty && <span className="unsaved" title="Kept in this browser until saved">unsaved</span>}
        {pair.autoFilledFrom && <span className="pair__autofill" data-testid="auto-filled" title="Copied from a confirmed pair with the same English; check it, Ctrl+Z takes it back">auto-filled</span>}
        {pair.pageBreakAt != null && (
          <span className="pair__joined" data-testid="page-break-joined" title="The aligner joined two lines of the file into this one sentence (a page break had cut it)">joined lines</span>
        )}
        {pair.pageBreakAt != null && current && canEdit && props.onUndoPageBreak && (
          <button type="button" className="pair__unjoin" data-testid="page-break-undo" title="Split this pair where the file has the line break, undoing the aligner's join"
            onClick={(e) => { e.stopPropagation(); props.onUndoPageBreak!(pair); }}>Split at the line break</button>
        )}
        {pair.commentCount > 0 && <span className="pair__comments">{pair.commentCount} {pair.commentCount === 1 ? "comment" : "comments"}</span>}
      </div>
    </div>
  );
});
