/** How much of a claim a sentence must say, from the reader's sensitivity setting. */

/** The lowest share of a document's weight a sentence may need to cover (sensitivity 1). */
export const LOWEST_THRESHOLD = 0.4;

/** Thresholds that follow from the reader's sensitivity setting. */
export interface Thresholds {
  /** Share of a document's concept weight a sentence must cover. */
  cover: number;
  /** Whether a sentence may match through its page (none at the lowest sensitivities: only restatements). */
  context: boolean;
  /** Share of the core (what most of the claim's wordings say) a sentence must say, as the second route. */
  core: number;
}

export function thresholdsFor(sensitivity: number): Thresholds {
  const s = Math.min(1, Math.max(0, sensitivity));
  const cover = 0.8 - 0.4 * s;
  return { cover, core: cover + 0.15, context: s >= 0.25 };
}
