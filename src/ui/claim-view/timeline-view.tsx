/**
 * The claim's timeline as the reader sees it (the points themselves come from timeline.ts): each
 * event in the interface's words around the dataset's names, dated as its source dates it, linked to
 * its source. Shown only when there is more than the first report.
 */
import { t } from '@/src/i18n/t';
import { tParts } from '@/src/i18n/parts';
import { answerByKey, speakerLabel } from './answer-words';
import { DateText } from './dated';
import type { ResolvedClaim } from './resolve';
import { LinkHost, SourceLink } from './sourced';
import { claimTimeline, type TimelinePoint } from './timeline';

/** The claim's first report, its answers and later reports or recalls, oldest first. */
export function Timeline(props: { resolved: ResolvedClaim; lang: string }) {
  const points = claimTimeline(props.resolved);
  if (points.length < 2) return null;
  return (
    <section class="kc-timeline" aria-label={t('cardTimeline')}>
      <h3>{t('cardTimeline')}</h3>
      <ol>
        {points.map((p, i) => (
          <li key={i} class={`kc-tl-point kc-tl-${p.event.type}`}>
            <DateText value={p.when} lang={props.lang} />
            <span class="kc-tl-event">{eventText(p)}</span>
            {p.source ? (
              <span class="kc-tl-source">
                <SourceLink url={p.source.url}>
                  <bdi>{p.source.publisher}</bdi>
                </SourceLink>
                <LinkHost publisher={p.source.publisher} url={p.source.url} />
              </span>
            ) : null}
            {p.when.dateNote ? (
              <span class="kc-tl-note">
                <bdi>{p.when.dateNote}</bdi>
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

function eventText(p: TimelinePoint) {
  const e = p.event;
  switch (e.type) {
    case 'first-report':
      return tParts('timelineFirstReport', [<bdi>{e.claimants.map((c) => c.name).join('; ')}</bdi>]);
    case 'answer':
      return tParts(answerByKey(e.response.kind), [<bdi>{speakerLabel(e.response.speaker)}</bdi>]);
    case 'recall':
      return tParts('timelineRecall', [
        <bdi>{p.source?.publisher}</bdi>,
        <>{tParts(answerByKey(e.response.kind), [<bdi>{speakerLabel(e.response.speaker)}</bdi>])}</>,
      ]);
    case 'reported-again':
      return tParts('timelineReportedAgain', [<bdi>{p.source?.publisher}</bdi>]);
  }
}
