/**
 * Why a page sentence matched its claim, on the page card only: the reader should be able to judge the
 * match, not take it on trust.
 */
import { t, uiLanguage } from '@/src/i18n/t';

/** Why the page's sentence matched: its language, whether through the sentences before it, and the words. */
export function WhyMatched(props: { terms?: readonly string[]; lang?: string; via?: 'context' }) {
  const terms = props.terms?.filter((w) => w.trim() !== '') ?? [];
  if (terms.length === 0 && !props.via && !props.lang) return null;
  return (
    <section class="kc-why" aria-label={t('cardWhyMatched')}>
      <h3>{t('cardWhyMatched')}</h3>
      {props.lang ? <p class="kc-matched-lang">{t('cardMatchedLanguage', languageName(props.lang))}</p> : null}
      {props.via === 'context' ? <p class="kc-matched-via">{t('cardMatchedViaContext')}</p> : null}
      {terms.length > 0 ? (
        // In the page's order and direction: an Urdu sentence's words run right to left.
        <ul class="kc-terms" aria-label={t('cardMatchedWords')} dir="auto">
          {terms.map((w, i) => (
            <li key={i}>
              <bdi lang={props.lang}>{w}</bdi>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** "Russian", "русский", "روسی": the language's name in the reader's language. */
function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
