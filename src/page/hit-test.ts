/**
 * Finds the highlight under the pointer. Highlights are ranges, not elements, so nothing receives
 * pointer events: we compare the pointer with the ranges' client rects. The rects are gathered lazily
 * on the first question after a change and dropped on scroll, resize or a new set of targets.
 */
interface HitTarget {
  range: Range;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Slack around a line box, so the gap between two lines of one sentence does not flicker. */
const SLACK = 2;

export class HitTester<T extends HitTarget> {
  private boxes: { box: Box; target: T }[] | null = null;
  private targets: readonly T[] = [];

  setTargets(targets: readonly T[]): void {
    this.targets = targets;
    this.boxes = null;
  }

  /** Layout changed (scroll, resize, the page changed): measure again when next asked. */
  invalidate(): void {
    this.boxes = null;
  }

  /** The target under the client point, or null. The last one wins where targets overlap. */
  at(x: number, y: number): T | null {
    const boxes = (this.boxes ??= this.measure());
    for (let i = boxes.length - 1; i >= 0; i--) {
      const { box, target } = boxes[i]!;
      if (x >= box.left - SLACK && x <= box.right + SLACK && y >= box.top - SLACK && y <= box.bottom + SLACK) {
        return target;
      }
    }
    return null;
  }

  private measure(): { box: Box; target: T }[] {
    const out: { box: Box; target: T }[] = [];
    for (const target of this.targets) {
      const r = target.range;
      if (r.collapsed || !r.startContainer.isConnected) continue;
      for (const rect of r.getClientRects()) {
        if (rect.width === 0 || rect.height === 0) continue;
        out.push({ box: { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom }, target });
      }
    }
    return out;
  }
}
