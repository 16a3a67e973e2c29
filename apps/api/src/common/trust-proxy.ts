/**
 * TRUST_PROXY as Express's "trust proxy" setting. Unset or "false": trust no proxy (the client
 * address is the socket's, X-Forwarded-* are ignored, so a client cannot forge them). A number:
 * that many proxies in front. "true": every hop (only if nothing can reach the server but the
 * proxy). Anything else: a comma-separated list of addresses, subnets or Express's names
 * ("loopback", "uniquelocal").
 */
export function parseTrustProxy(value: string | undefined): boolean | number | string {
  const v = value?.trim() ?? "";
  if (v === "" || v === "false" || v === "0") return false;
  if (v === "true") return true;
  if (/^\d+$/.test(v)) return Number(v);
  return v;
}
