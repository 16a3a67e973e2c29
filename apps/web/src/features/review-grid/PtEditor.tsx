import { useLayoutEffect, useRef } from "react";
import { codesOf } from "../text/inlineCodes.ts";
import { registerEditor } from "./editorBridge.ts";

/**
 * The in-place editor for the Portuguese. A textarea that grows with its text, so the row
 * keeps its shape; marked data-pt-editor so the keyboard commands know typing happens here.
 * Its value only ever changes by typing or through editorBridge, so Ctrl+Z undoes as usual.
 */
export function PtEditor({ value, onChange, onBlur }: { value: string; onChange: (text: string) => void; onBlur?: () => void }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const area = ref.current;
    if (!area) return;
    area.focus({ preventScroll: true });
    area.setSelectionRange(area.value.length, area.value.length);
    registerEditor(area);
    return () => registerEditor(null);
  }, []);
  useLayoutEffect(() => {
    const area = ref.current;
    if (!area) return;
    area.style.height = "auto";
    area.style.height = `${area.scrollHeight + 2}px`;
  }, [value]);
  return (
    <textarea
      ref={ref}
      className="pt-editor"
      data-pt-editor
      lang="pt"
      spellCheck
      aria-label="Portuguese"
      value={value}
      rows={1}
      // An imported pair's inline codes cannot be typed, deleted or reordered: a change that
      // would lose one is not taken (the codes are markup of another tool, written back on export).
      onChange={(e) => {
        if (codesOf(e.target.value) === codesOf(value)) onChange(e.target.value);
      }}
      {...(onBlur ? { onBlur } : {})}
    />
  );
}
