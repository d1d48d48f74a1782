/**
 * Our own voice in a dataset: the words that would pass a verdict ("false", "debunked") or take one
 * side's view ("occupied", "liberated") are allowed only inside a quotation, where a speaker says them
 * and we only report that they did.
 */
import type { Report } from './errors';
import type { Dataset } from './schema';

/**
 * Words that would pass a verdict of our own. Quoted passages are exempt: a speaker may call a report
 * "fake"; we only say that they did.
 */
const VERDICT = /\b(false(?:ly|hood)?|fake[sd]?|hoax(?:es)?|debunk(?:ed|s|ing)?|true|untrue)\b/i;

const ANY_QUOTE = /["“«‘']/;

/** Removes quoted passages (straight or typographic double quotes, and single quotes used as quotes, not apostrophes). */
export function stripQuoted(text: string): string {
  if (!ANY_QUOTE.test(text)) return text;
  const paired = stripBetween(stripBetween(text, '“', '”'), '«', '»');
  return paired.replace(/"[^"]*"/g, ' ').replace(/(^|[\s([{])[‘'][^‘’']*[’'](?=$|[\s.,;:!?)\]}])/g, '$1 ');
}

/**
 * What /open[^close]*close/g would remove, in one pass: that pattern rescans to the end of the text from
 * every unclosed opener, so a field of 4,000 “ would take 8 million steps.
 */
function stripBetween(text: string, open: string, close: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const start = text.indexOf(open, from);
    if (start < 0) break;
    const end = text.indexOf(close, start + 1);
    // No closer after this opener means none after any later one either.
    if (end < 0) break;
    out += text.slice(from, start) + ' ';
    from = end + 1;
  }
  return out + text.slice(from);
}

export function verdictWordIn(text: string): string | undefined {
  return VERDICT.exec(stripQuoted(text))?.[1];
}

/**
 * Terms that take one side's view of the conflict (who occupies, who liberates, who is a terrorist).
 * A speaker may use them, inside quotation marks; our own words never do.
 */
const LOADED =
  /\b(occup(?:y|ies|ied|ying|ation|ations|ier|iers|ant|ants)|aggress(?:or|ors|ion|ions|ive)|(?:anti-?)?terror(?:ist|ists|ism)?|liberat(?:e|ed|es|ing|ion|or|ors)|genocid(?:e|es|al)|separatist regime|puppet|junta|ethnic cleansing|invasion|invader|invaders|martyr(?:s|dom)?|so-called)\b/i;

export function loadedTermIn(text: string): string | undefined {
  return LOADED.exec(stripQuoted(text))?.[1];
}

/** Every text the dataset says in its own voice (not quotes, phrasings or an outlet's headline), with its path. */
export function ownWords(d: Dataset): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const add = (text: string | undefined, path: string) => {
    if (text !== undefined) out.push({ path, text });
  };
  add(d.title, '$.title');
  d.claims.forEach((c, i) => {
    add(c.statement, `$.claims[${i}].statement`);
    add(c.dateNote, `$.claims[${i}].dateNote`);
    c.claimants.forEach((p, j) => {
      add(p.name, `$.claims[${i}].claimants[${j}].name`);
      add(p.role, `$.claims[${i}].claimants[${j}].role`);
      add(p.title, `$.claims[${i}].claimants[${j}].title`);
      add(p.organisation, `$.claims[${i}].claimants[${j}].organisation`);
    });
    c.tags.forEach((t, j) => add(t, `$.claims[${i}].tags[${j}]`));
  });
  d.responses.forEach((r, i) => {
    add(r.summary, `$.responses[${i}].summary`);
    add(r.dateNote, `$.responses[${i}].dateNote`);
    add(r.speaker.name, `$.responses[${i}].speaker.name`);
    add(r.speaker.role, `$.responses[${i}].speaker.role`);
    add(r.speaker.organisation, `$.responses[${i}].speaker.organisation`);
  });
  d.context.forEach((c, i) => {
    add(c.title, `$.context[${i}].title`);
    add(c.dateNote, `$.context[${i}].dateNote`);
    c.tags.forEach((t, j) => add(t, `$.context[${i}].tags[${j}]`));
  });
  return out;
}

export function checkWording(d: Dataset, report: Report): void {
  for (const { path, text } of ownWords(d)) {
    const word = verdictWordIn(text);
    if (word) report(path, 'attributive-wording', `"${word}" passes a verdict; attribute it to a speaker, or quote them`);
    const loaded = loadedTermIn(text);
    if (loaded) report(path, 'loaded-term', `"${loaded}" takes a side's view; quote the speaker who used it, or say it neutrally`);
  }
}
