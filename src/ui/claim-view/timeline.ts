/**
 * A claim's life on one dated line: when it was first reported, each answer, and each later report of
 * the claim or recall of an answer, oldest first, each with the source that shows it. Pure: the card
 * and the popup draw the same points.
 *
 * An answer reported by several outlets is one answer: the same kind, by the same speaker's
 * organisation, on the same day. Its first report is the answer's point; an outlet that carried it a
 * week or more later (The Nation recalling on 23 October a denial of 2 October) is a point of its
 * own, on the day it did so. Copies within the week are the news of the answer, not a recall.
 */
import type { Claimant, ClaimResponse, Source } from '@/src/data/schema';
import { sameAnswer } from './answer-words';
import { compareDated, type Dated } from './dated';
import type { ResolvedClaim, ResolvedResponse } from './resolve';

type TimelineEvent =
  | { type: 'first-report'; claimants: readonly Claimant[] }
  | { type: 'answer'; response: ClaimResponse }
  | { type: 'recall'; response: ClaimResponse }
  | { type: 'reported-again' };

export interface TimelinePoint {
  when: Dated;
  event: TimelineEvent;
  /** Where the point can be read; absent only when the dataset holds no source for it. */
  source?: Source;
}

/** A report of an answer this long after its first is a recall of it. */
const RECALL_AFTER_DAYS = 7;

const EVENT_RANK: Readonly<Record<TimelineEvent['type'], number>> = {
  'first-report': 0,
  answer: 1,
  recall: 2,
  'reported-again': 3,
};

/** Answers that only give background are not part of the claim's exchange; the card lists them apart. */
export function isExchange(response: ClaimResponse): boolean {
  return response.kind !== 'context';
}

export function claimTimeline(resolved: ResolvedClaim): TimelinePoint[] {
  const { claim, claimSources } = resolved;
  const points: TimelinePoint[] = [];
  const byDate = [...claimSources].sort(compareDated);
  const firstSource = byDate[0];
  points.push({ when: datedOf(claim), event: { type: 'first-report', claimants: claim.claimants }, source: firstSource });

  const recalledIn = new Set<string>();
  for (const group of answerGroups(resolved.responses.filter((r) => isExchange(r.response)))) {
    const [first, ...later] = group;
    points.push({ when: datedOf(first!.response), event: { type: 'answer', response: first!.response }, source: first!.source });
    const firstSeen = first!.source?.date ?? first!.response.date;
    for (const { response, source } of later) {
      if (!source || daysBetween(firstSeen, source.date) < RECALL_AFTER_DAYS || recalledIn.has(source.id)) continue;
      recalledIn.add(source.id);
      points.push({ when: { date: source.date }, event: { type: 'recall', response }, source });
    }
  }

  for (const source of byDate.slice(1)) {
    if (recalledIn.has(source.id) || source.date <= claim.date) continue;
    points.push({ when: { date: source.date }, event: { type: 'reported-again' }, source });
  }

  return points.sort(
    (a, b) => compareDated(a.when, b.when) || EVENT_RANK[a.event.type] - EVENT_RANK[b.event.type],
  );
}

/**
 * The same answer as reported by each outlet (see `sameAnswer`), each group ordered by when its outlet
 * published it; a group's first member has the most precise date of the answer among the first seen.
 */
function answerGroups(responses: readonly ResolvedResponse[]): ResolvedResponse[][] {
  const groups: ResolvedResponse[][] = [];
  for (const r of responses) {
    const group = groups.find((g) => g.some((x) => sameAnswer(x.response, r.response)));
    if (group) group.push(r);
    else groups.push([r]);
  }
  const seen = (r: ResolvedResponse) => r.source?.date ?? r.response.date;
  return groups.map((g) => g.sort((a, b) => seen(a).localeCompare(seen(b)) || b.response.date.length - a.response.date.length));
}

/** Days from one dataset date to another, each at the start of what it names (a month: its first day). */
function daysBetween(from: string, to: string): number {
  const at = (iso: string) => {
    const [y, m = 1, d = 1] = iso.split('-').map(Number);
    return Date.UTC(y!, m - 1, d);
  };
  return (at(to) - at(from)) / 86_400_000;
}

/** The date fields of a claim, an answer or a source, whichever of them the dataset fills. */
export function datedOf(item: Dated): Dated {
  return { date: item.date, dateQualifier: item.dateQualifier, dateNote: item.dateNote };
}
