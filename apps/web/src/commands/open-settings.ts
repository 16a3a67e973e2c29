import type { Command } from "./types.ts";

export const openSettings: Command = {
  name: "open-settings",
  group: "Navigate",
  label: "Open the workspace settings (variant, checks)",
  keys: [],
  perform: () => {
    window.location.hash = "#/settings";
  },
};
