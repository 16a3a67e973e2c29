import { splitCodes, codeNumber } from "./inlineCodes.ts";

/**
 * Text with its inline codes shown as small numbered tokens that are not part of the words.
 * Text nodes only, as everywhere: a segment is never parsed as HTML.
 */
export function WithCodes({ text }: { text: string }) {
  const parts = splitCodes(text);
  if (parts.length === 1 && !parts[0]!.code) return <>{text}</>;
  return (
    <>
      {parts.map((p, i) =>
        p.code ? (
          <span key={i} className="code-token" contentEditable={false} title="Inline code of the imported file (formatting or a placeholder): kept, and written back on export">
            {codeNumber(p.text)}
          </span>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}
