/**
 * What Alinha writes into a PO entry's extracted comments (`#.`), which PO editors keep and
 * show but never let translators change: the pair's status, its version at export, its flags.
 */
export const PO_COMMENT = {
  status: "alinha-status: ",
  version: "alinha-version: ",
  flag: "alinha-flag: ",
  shape: "alinha-shape: ",
} as const;
