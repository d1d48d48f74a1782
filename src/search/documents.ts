/**
 * What a claim can be found by: its own words, who carried it, every answer and quote, who answered,
 * the outlets that reported it, and background facts attached to it. Each text is a document with a
 * kind, so results can say where the words were found and weigh a statement above a headline.
 */
import type { Claim, ClaimResponse, ContextFact, Dataset, Source } from '@/src/data/schema';

export type DocKind =
  | 'statement'
  | 'phrasing'
  | 'tag'
  | 'person'
  | 'organisation'
  | 'role'
  | 'quote'
  | 'summary'
  | 'outlet'
  | 'headline'
  | 'context';

interface SearchDoc {
  kind: DocKind;
  text: string;
  /** The response, source or context fact the text belongs to, when not the claim itself. */
  refId?: string;
  /** Who said or published it (a quote's speaker, a headline's outlet), shown beside the text. */
  by?: string;
  /**
   * Found by, never shown: a phrasing of our own (matching data, not anyone's reported words) or a
   * headline rebuilt from a URL (not the page's headline). Its words still find the claim.
   */
  hidden?: true;
}

export interface ClaimDocs {
  claimId: string;
  datasetId: string;
  statement: string;
  docs: SearchDoc[];
  /** The claim's answers and its dataset's sources, for the lines a result shows (made only when shown). */
  responses: readonly ClaimResponse[];
  sources: ReadonlyMap<string, Source>;
  /** The claim and its context facts as the dataset has them, for a prepared index to store. */
  claim: Claim;
  context: readonly ContextFact[];
}

/** How much a word found in each kind of text counts; the claim's own statement counts most. */
export const KIND_WEIGHT: Readonly<Record<DocKind, number>> = {
  statement: 1,
  person: 0.9,
  organisation: 0.85,
  quote: 0.8,
  phrasing: 0.7,
  outlet: 0.7,
  summary: 0.6,
  headline: 0.6,
  role: 0.5,
  tag: 0.5,
  context: 0.4,
};

function passages(q: string | readonly string[]): readonly string[] {
  return typeof q === 'string' ? [q] : q;
}

/**
 * One entry per claim; the first dataset that defines a claim id wins, as in the card, so a pack can
 * never add words to another dataset's claim.
 */
export function claimDocuments(datasets: readonly Dataset[]): ClaimDocs[] {
  const seen = new Set<string>();
  const out: ClaimDocs[] = [];
  for (const ds of datasets) {
    const sources = new Map(ds.sources.map((s) => [s.id, s] as const));
    const responsesByClaim = new Map<string, Dataset['responses']>();
    for (const r of ds.responses) {
      const list = responsesByClaim.get(r.claimId) ?? [];
      list.push(r);
      responsesByClaim.set(r.claimId, list);
    }
    const contextByClaim = new Map<string, Dataset['context']>();
    for (const f of ds.context) {
      for (const id of f.claimIds) {
        const list = contextByClaim.get(id) ?? [];
        list.push(f);
        contextByClaim.set(id, list);
      }
    }

    for (const claim of ds.claims) {
      if (seen.has(claim.id)) continue;
      seen.add(claim.id);
      const docs: SearchDoc[] = [{ kind: 'statement', text: claim.statement }];
      const sourceDocs = (sourceId: string) => {
        const s = sources.get(sourceId);
        if (!s) return;
        docs.push({ kind: 'outlet', text: s.publisher, refId: s.id });
        docs.push({ kind: 'headline', text: s.headline, refId: s.id, by: s.publisher, ...(s.headlineFromUrl && { hidden: true }) });
      };
      const wordedBy = new Map((claim.phrasingSources ?? []).map((p) => [p.text, sources.get(p.sourceId)] as const));
      for (const p of claim.phrasings) {
        const outlet = wordedBy.get(p);
        docs.push(outlet ? { kind: 'phrasing', text: p, refId: outlet.id, by: outlet.publisher } : { kind: 'phrasing', text: p, hidden: true });
      }
      for (const t of claim.tags) docs.push({ kind: 'tag', text: t });
      for (const c of claim.claimants) {
        docs.push({ kind: 'person', text: c.name });
        if (c.organisation) docs.push({ kind: 'organisation', text: c.organisation });
        docs.push({ kind: 'role', text: c.role });
        if (c.title) docs.push({ kind: 'role', text: c.title });
      }
      claim.sourceIds.forEach(sourceDocs);
      const responses = responsesByClaim.get(claim.id) ?? [];
      for (const r of responses) {
        docs.push({ kind: 'person', text: r.speaker.name, refId: r.id });
        if (r.speaker.organisation) docs.push({ kind: 'organisation', text: r.speaker.organisation, refId: r.id });
        if (r.speaker.role) docs.push({ kind: 'role', text: r.speaker.role, refId: r.id });
        // An outlet's report of what was said is the outlet's sentence, so it is shown as the outlet's.
        const saidBy = r.reported ? (sources.get(r.sourceId)?.publisher ?? r.speaker.name) : r.speaker.name;
        for (const p of passages(r.quote)) docs.push({ kind: 'quote', text: p, refId: r.id, by: saidBy });
        if (r.summary) docs.push({ kind: 'summary', text: r.summary, refId: r.id, by: r.speaker.name });
        sourceDocs(r.sourceId);
      }
      const context = contextByClaim.get(claim.id) ?? [];
      for (const f of context) {
        docs.push({ kind: 'context', text: f.title, refId: f.id });
        for (const p of passages(f.quote)) docs.push({ kind: 'context', text: p, refId: f.id });
      }
      out.push({ claimId: claim.id, datasetId: ds.id, statement: claim.statement, docs: dedupe(docs), responses, sources, claim, context });
    }
  }
  return out;
}

/** The same outlet or speaker repeats across answers; one document each is enough. */
function dedupe(docs: SearchDoc[]): SearchDoc[] {
  const seen = new Set<string>();
  return docs.filter((d) => {
    const key = d.kind + '\u0000' + d.text;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
