// How Word fragments text into runs: at explicit RUN_BREAKs, wherever the script changes (Latin
// digits get their own run with lang en-US), and — in some files — one run per digit of a number.
import { RUN_BREAK } from "./document.js";

export interface Run {
  text: string;
  /** Latin script (digits, ASCII): written with an en-US run/span. */
  latin: boolean;
}

const LATIN = /^[\x21-\x7e]+$/;

/** Lines ("\n") of runs. `digitRuns` splits every number of two or more digits into single digits. */
export function textRuns(text: string, digitRuns = false): Run[][] {
  return text.split("\n").map((line) => {
    const runs: Run[] = [];
    for (const piece of line.split(RUN_BREAK)) {
      for (const segment of piece.match(/[\x21-\x7e]+|[^\x21-\x7e]+/g) ?? []) {
        const latin = LATIN.test(segment);
        if (latin && digitRuns && /^\d{2,}$/.test(segment)) for (const d of segment) runs.push({ text: d, latin });
        else runs.push({ text: segment, latin });
      }
    }
    return runs;
  });
}
