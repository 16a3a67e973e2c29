interface Combo {
  key?: string;
  code?: string;
  mod?: boolean;
  alt?: boolean;
  shift?: boolean;
}

/**
 * Matches an event against a combination. "mod" is Ctrl, or Cmd on a Mac, so the same list
 * serves both. Modifiers not named must be up, so Ctrl+Shift+Enter never also fires Ctrl+Enter.
 * `code` is for Alt combinations: on a Mac, Alt changes `key` (Alt+. gives "≥").
 */
export function matches(event: KeyboardEvent, combo: Combo): boolean {
  const mod = event.ctrlKey || event.metaKey;
  if (!!combo.mod !== mod || !!combo.alt !== event.altKey) return false;
  if (combo.shift !== undefined && combo.shift !== event.shiftKey) return false;
  if (combo.code) return event.code === combo.code;
  return combo.key !== undefined && event.key.toLowerCase() === combo.key.toLowerCase();
}
