import { memo } from "react";
import type { Flag } from "../../api/types.ts";
import { familyLabel } from "./families.ts";
import { FlagMark } from "./FlagMark.tsx";
import { WithCodes } from "../text/WithCodes.tsx";
import { spanlessFlags, splitByFlags } from "./flagSpans.ts";

/** Segment text with its flags marked. Text nodes only: a segment is never parsed as HTML. */
export const FlaggedText = memo(function FlaggedText({ text, flags, focusedFlagId, onApply }: {
  text: string;
  flags: readonly Flag[];
  focusedFlagId?: string | null;
  onApply?: (flag: Flag) => void;
}) {
  const pieces = splitByFlags(text, flags);
  const loose = spanlessFlags(text, flags);
  return (
    <>
      {pieces.map((piece, i) =>
        piece.flag ? (
          <FlagMark key={piece.flag.id} flag={piece.flag} text={piece.text} focused={piece.flag.id === focusedFlagId} {...(onApply ? { onApply } : {})} />
        ) : (
          <span key={i}><WithCodes text={piece.text} /></span>
        ),
      )}
      {loose.map((flag) => (
        <span key={flag.id} className={`chip chip--${flag.family} chip--inline${flag.id === focusedFlagId ? " chip--focused" : ""}`} title={flag.message}>
          <span className="chip__dot" />
          {familyLabel(flag.family)}
        </span>
      ))}
    </>
  );
});
