/**
 * The search box and what is under it: results grouped by claim (a combobox and its listbox, so arrow
 * keys move through results while typing goes on), or suggestions and this page's claims when the
 * box is empty, or a no-results message.
 */
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import type { Ref } from 'preact';
import type { SearchResults } from '@/src/search';
import { formatNumber, t } from '@/src/i18n/t';
import { ResultOption } from './ResultOption';

interface SearchViewProps {
  query: string;
  results: SearchResults | undefined;
  active: number;
  inputRef: Ref<HTMLInputElement>;
  onQuery(query: string): void;
  onActive(index: number): void;
  onOpen(claimId: string): void;
  /** Shown while the box is empty. */
  idle: ComponentChildren;
}

const LISTBOX_ID = 'kc-results';
const optionId = (i: number) => `kc-result-${i}`;

export function SearchView(props: SearchViewProps) {
  const { query, results, active } = props;
  const claims = results?.claims ?? [];
  const searching = results !== undefined && results.query.trim() !== '';
  const expanded = searching && claims.length > 0;

  // Keep the option the arrow keys reached in sight.
  useEffect(() => {
    if (expanded) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active, expanded]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' && claims.length > 0) {
      e.preventDefault();
      props.onActive(Math.min(active + 1, claims.length - 1));
    } else if (e.key === 'ArrowUp' && claims.length > 0) {
      e.preventDefault();
      props.onActive(Math.max(active - 1, 0));
    } else if (e.key === 'Enter' && claims.length > 0) {
      e.preventDefault();
      props.onOpen(claims[Math.max(active, 0)]!.claimId);
    } else if (e.key === 'Escape' && query !== '') {
      // Clear first; a second Escape is the browser's (it closes the popup).
      e.preventDefault();
      e.stopPropagation();
      props.onQuery('');
    }
  };

  return (
    <div class="kc-search">
      <label class="kc-visually-hidden" for="kc-search-input">
        {t('popupSearchLabel')}
      </label>
      <input
        id="kc-search-input"
        ref={props.inputRef}
        class="kc-search-input"
        type="search"
        role="combobox"
        list={undefined}
        autoComplete="off"
        spellcheck={false}
        placeholder={t('popupSearchPlaceholder')}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={LISTBOX_ID}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby="kc-keyboard-hint"
        value={query}
        onInput={(e) => props.onQuery((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
      />
      <p id="kc-keyboard-hint" class="kc-visually-hidden">
        {t('popupKeyboardHint')}
      </p>
      <p class="kc-visually-hidden" role="status">
        {searching ? countLabel(claims.length) : ''}
      </p>
      {searching && results?.partial && claims.length > 0 ? <p class="kc-note">{t('popupPartial')}</p> : null}
      <ul id={LISTBOX_ID} role="listbox" aria-label={t('popupResultsLabel')} class="kc-results" hidden={!expanded}>
        {claims.map((c, i) => (
          <ResultOption
            key={c.claimId}
            id={optionId(i)}
            result={c}
            active={i === active}
            onActive={() => i !== active && props.onActive(i)}
            onOpen={() => props.onOpen(c.claimId)}
          />
        ))}
      </ul>
      {searching && claims.length === 0 ? (
        <div class="kc-empty">
          <p>{t('popupNoResults', query.trim())}</p>
          <p class="kc-muted">{t('popupNoResultsHint')}</p>
        </div>
      ) : null}
      {!searching ? props.idle : null}
    </div>
  );
}

function countLabel(n: number): string {
  return n === 1 ? t('popupResultCountOne') : t('popupResultCount', formatNumber(n));
}
