export { alignSegments, type AlignOptions } from "./align-segments.ts";
export { REVIEW_THRESHOLD } from "./confidence.ts";
export { EN_PER_PT_CHARS, lengthCost, lengthZ } from "./length-cost.ts";
export { BEAD_SHAPES, type BeadShape } from "./bead-shapes.ts";
