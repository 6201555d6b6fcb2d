// Centres of boxed things (text items, text lines, cells): where the PDF grid stage places them.
import type { BBox } from "../../tokens/types.js";

export const centreX = (boxed: { bbox: BBox }): number => (boxed.bbox[0] + boxed.bbox[2]) / 2;
export const centreY = (boxed: { bbox: BBox }): number => (boxed.bbox[1] + boxed.bbox[3]) / 2;
