export { decodeText, textEncodingOf, type DecodedText } from "./decode-text.ts";
export { TextDecodeError } from "./text-decode-error.ts";
export { literalSpans, literalAt, isInsideLiteral, overlapsLiteral, maskLiterals, type LiteralSpan, type LiteralKind } from "./literal-spans.ts";
