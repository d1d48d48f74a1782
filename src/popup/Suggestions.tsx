import { t } from '@/src/i18n/t';

/** The empty state: searches that find something, one click (or Enter) away. */
export function Suggestions(props: { items: readonly string[]; onPick(query: string): void }) {
  if (props.items.length === 0) return null;
  return (
    <section class="kc-section" aria-labelledby="kc-suggest-title">
      <h2 id="kc-suggest-title" class="kc-section-title">
        {t('popupSuggestTitle')}
      </h2>
      <ul class="kc-chips">
        {props.items.map((q) => (
          <li key={q}>
            <button type="button" class="kc-chip" onClick={() => props.onPick(q)}>
              {q}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
