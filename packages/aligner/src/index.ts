export type * from "./types.ts";
export * from "./bitext/index.ts";
