/**
 * The page's annotations: its text read, scanned by the core, the marks made from the scan and the
 * highlights drawn for them. A scan of the whole page replaces every mark; a scan of the blocks a
 * live page added replaces the marks inside them. At most HIGHLIGHT_LIMITS of each kind are kept,
 * the first in the page, and the state says when the page held more.
 *
 * Each whole-page scan has its own AbortController: a new one, or clear(), aborts the one before,
 * and with it every scan of added blocks that started under it.
 */
import { HIGHLIGHT_LIMITS, type PageState } from '@/src/messaging/contract';
import { mayMention } from '@/src/core/quick-test';
import { scanSteps, type MatcherSource, type ScanLimits } from '@/src/core/scan';
import type { PageScan } from '@/src/core/types';
import { isCardHost } from './card/CardHost';
import { Highlighter, type HighlightLook } from './highlighter';
import { capMarks, isStale, markSteps, mergeInOrder, type Mark } from './marks';
import { pageDate } from './page-date';
import { runSliced } from './run-sliced';
import { readBlocksSteps, readTextSteps } from './text-map';

interface AnnotationsOptions {
  /** The content script's lifetime: nothing outlives it. */
  signal: AbortSignal;
  matcher: () => MatcherSource;
  look: HighlightLook;
  /** The marks changed (a scan ended, or they were cleared). */
  onChange: () => void;
}

/** What the scan of added blocks found: nothing new to say, marks redrawn, or a page to read whole. */
type AddedResult = 'aborted' | 'annotated' | 'not-topic' | 'read-whole';

type More = { mentions: boolean; claims: boolean };
const NONE: More = { mentions: false, claims: false };

export class Annotations {
  readonly highlighter: Highlighter;
  private all: Mark[] = [];
  private claimMarks: Mark[] = [];
  /** Marks by the text nodes they start or end in, for repairs after an unchanged rewrite. */
  private byNode = new Map<Node, Mark[]>();
  private topic = false;
  private more: More = NONE;
  private scan = new AbortController();

  constructor(private readonly o: AnnotationsOptions) {
    this.highlighter = new Highlighter(o.look);
  }

  /** Every mark on the page, in document order. */
  get marks(): readonly Mark[] {
    return this.all;
  }

  /** The claim sentences' marks, in document order. */
  get claims(): readonly Mark[] {
    return this.claimMarks;
  }

  /** The marks that start or end in a text node. */
  marksAt(node: Node): readonly Mark[] | undefined {
    return this.byNode.get(node);
  }

  /** The counts the popup and the badge show, for a status. */
  state(status: PageState['status']): PageState {
    const counts = new Map<string, number>();
    for (const m of this.claimMarks) counts.set(m.claimId!, (counts.get(m.claimId!) ?? 0) + 1);
    const state: PageState = {
      status,
      matches: [...counts].map(([claimId, count]) => ({ claimId, count })),
      mentions: this.all.length - this.claimMarks.length,
    };
    if (this.more.mentions || this.more.claims) state.more = { ...this.more };
    return state;
  }

  /**
   * Reads the whole page and replaces every mark. `knownToMayMention`: the quick name test has just
   * said "maybe" on this page's text, so it need not run again. Resolves to whether the page is
   * about the topic, or undefined when a newer scan or clear() took over.
   */
  async scanWhole(knownToMayMention = false): Promise<boolean | undefined> {
    const signal = this.newScan();
    const root = document.body ?? document.documentElement;
    try {
      // Most pages name no place of the region: one native read and one pass settle them, no walk.
      // textContent also holds script and form text, so "maybe" can be wrong, "no" never is.
      if (!knownToMayMention && !mayMention(root.textContent ?? '')) {
        this.topic = false;
        this.replace([], null, NONE);
        return false;
      }
      const map = await runSliced(readTextSteps(root, isCardHost), { signal });
      const limits = { mentions: HIGHLIGHT_LIMITS.mention, matches: HIGHLIGHT_LIMITS.claim };
      const scan = await runSliced(scanSteps(map.text, this.o.matcher(), { limits, pageDate: pageDate() ?? undefined }), { signal });
      const marks = scan.topic ? await runSliced(markSteps(map, scan), { signal }) : [];
      signal.throwIfAborted();
      this.topic = scan.topic;
      this.replace(marks, null, moreOf(scan));
      return scan.topic;
    } catch (e) {
      if (signal.aborted) return undefined;
      throw e;
    }
  }

  /**
   * Reads blocks a live page added or changed (outermost, in document order) as one text, scans it
   * and replaces the marks inside them: the cost follows what was added, not the page's size.
   */
  async scanAdded(blocks: readonly Node[]): Promise<AddedResult> {
    const signal = AbortSignal.any([this.o.signal, this.scan.signal]);
    try {
      const map = await runSliced(readBlocksSteps(blocks, isCardHost), { signal });
      const options = { assumeTopic: this.topic, limits: this.room(blocks), pageDate: pageDate() ?? undefined };
      const scan = await runSliced(scanSteps(map.text, this.o.matcher(), options), { signal });
      // A page that was not about the topic may become so (a new article loaded): decide on the whole.
      if (!this.topic) return scan.mentions.length > 0 ? 'read-whole' : 'not-topic';
      const fresh = await runSliced(markSteps(map, scan), { signal });
      signal.throwIfAborted();
      this.replace(fresh, blocks, moreOf(scan));
      return 'annotated';
    } catch (e) {
      if (signal.aborted) return 'aborted';
      throw e;
    }
  }

  /** Ends any scan and removes every mark and highlight (pause, off, unload). */
  clear(): void {
    this.scan.abort();
    this.highlighter.clear();
    this.all = [];
    this.claimMarks = [];
    this.byNode.clear();
    this.more = NONE;
    this.o.onChange();
  }

  /** A new whole-page scan: the one before, and the scans of added blocks under it, end. */
  private newScan(): AbortSignal {
    this.scan.abort();
    this.scan = new AbortController();
    return AbortSignal.any([this.o.signal, this.scan.signal]);
  }

  /** Replaces the marks inside `blocks` (all marks when null) with `fresh`, within the limits, and redraws. */
  private replace(fresh: Mark[], blocks: readonly Node[] | null, more: More): void {
    const kept = blocks ? this.marksOutside(blocks) : [];
    const capped = capMarks(mergeInOrder(kept, fresh), HIGHLIGHT_LIMITS);
    this.all = capped.marks;
    // A page that had more keeps having more until a whole read says otherwise.
    const before = blocks ? this.more : NONE;
    this.more = {
      mentions: before.mentions || more.mentions || capped.more.mentions,
      claims: before.claims || more.claims || capped.more.claims,
    };
    this.claimMarks = this.all.filter((m) => m.kind === 'claim');
    this.byNode.clear();
    for (const m of this.all) {
      for (const n of m.startNode === m.endNode ? [m.startNode] : [m.startNode, m.endNode]) {
        const list = this.byNode.get(n);
        if (list) list.push(m);
        else this.byNode.set(n, [m]);
      }
    }
    this.highlighter.show(
      this.all.filter((m) => m.kind === 'mention').map((m) => m.range),
      this.claimMarks.map((m) => m.range),
    );
    this.o.onChange();
  }

  /** The marks still on the page and outside these blocks; linear in the marks and the tree's depth. */
  private marksOutside(blocks: readonly Node[]): Mark[] {
    const inBlock = new Set(blocks);
    return this.all.filter((m) => {
      if (isStale(m)) return false;
      for (let n: Node | null = m.startNode; n; n = n.parentNode) if (inBlock.has(n)) return false;
      return true;
    });
  }

  /** How many marks of each kind the page can still take beside those outside `blocks`. */
  private room(blocks: readonly Node[]): ScanLimits {
    const kept = this.marksOutside(blocks);
    const claims = kept.filter((m) => m.kind === 'claim').length;
    return { mentions: Math.max(0, HIGHLIGHT_LIMITS.mention - (kept.length - claims)), matches: Math.max(0, HIGHLIGHT_LIMITS.claim - claims) };
  }
}

function moreOf(scan: PageScan): More {
  return { mentions: scan.more?.mentions ?? false, claims: scan.more?.matches ?? false };
}
