export { decodeText, type DecodedText } from "./decode-text.ts";
export { TextDecodeError } from "./text-decode-error.ts";
