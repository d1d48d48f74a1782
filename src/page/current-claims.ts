/**
 * The claims a running page matches against, kept current as the reader changes their packs: the
 * packs' index the background prepared, read in part; the bundled claims alone when no pack is
 * enabled; else the packs read and indexed here, while the background works (matcher-source.ts makes
 * each of these). The background prepares the index after every change to the packs; until it is ready
 * ('building'), the page keeps the claims it has, and without a prepared index at all (the background
 * could not make one) it follows the packs itself.
 */
import { BUNDLED_DATASET } from '@/src/data/bundled';
import type { Dataset } from '@/src/data/schema';
import { loadActiveDatasets, watchActiveDatasets } from '@/src/packs/active';
import type { PreparedIndex } from '@/src/prepared/format';
import { watchPreparedIndex } from '@/src/prepared/read';
import { loadedClaims, preparedClaims, type ClaimSource } from './matcher-source';

export class CurrentClaims {
  private constructor(
    private source: ClaimSource,
    private prepared: PreparedIndex | undefined,
    private readonly signal: AbortSignal,
  ) {}

  /** The claims for the prepared index as the page first read it. */
  static async open(prepared: PreparedIndex | undefined, signal: AbortSignal): Promise<CurrentClaims> {
    return new CurrentClaims(await claimsFor(prepared, signal), prepared, signal);
  }

  get current(): ClaimSource {
    return this.source;
  }

  /** Follows changes to the packs; `onChange` runs after the claims changed. Returns the unwatchers. */
  watch(onChange: () => void): (() => void)[] {
    const use = (next: ClaimSource) => {
      if (this.signal.aborted) return;
      this.source = next;
      onChange();
    };
    return [
      watchPreparedIndex((next) => {
        if (next?.state !== 'ready' && next?.state !== 'none') return;
        this.prepared = next;
        void claimsFor(next, this.signal).then(use);
      }),
      watchActiveDatasets((next: Dataset[]) => {
        if (this.prepared?.state === 'ready' || this.prepared?.state === 'none') return;
        use(loadedClaims(next, this.signal));
      }),
    ];
  }
}

async function claimsFor(prepared: PreparedIndex | undefined, signal: AbortSignal): Promise<ClaimSource> {
  if (prepared?.state === 'ready') return preparedClaims(prepared);
  if (prepared?.state === 'none') return loadedClaims([BUNDLED_DATASET], signal);
  return loadedClaims(await loadActiveDatasets(), signal);
}
