export * from "./common.ts";
export * from "./auth.ts";
export * from "./documents.ts";
export * from "./pairs.ts";
export * from "./replace.ts";
export * from "./terms.ts";
export * from "./checks.ts";
export * from "./settings.ts";
