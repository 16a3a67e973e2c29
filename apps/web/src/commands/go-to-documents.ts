import type { Command } from "./types.ts";

export const goToDocuments: Command = {
  name: "go-to-documents",
  group: "Navigate",
  label: "Back to the documents list",
  keys: [],
  perform: () => {
    window.location.hash = "#/documents";
  },
};
