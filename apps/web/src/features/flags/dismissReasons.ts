/**
 * The reasons reviewers give most when a flag is wrong, each on one key in the dismiss
 * dialog. Kept with the flag, they tell whoever tunes the checks which ones cry wolf.
 */
export const DISMISS_REASONS: readonly { key: string; reason: string }[] = [
  { key: "1", reason: "False alarm" },
  { key: "2", reason: "The name is correct" },
  { key: "3", reason: "Style choice" },
];
