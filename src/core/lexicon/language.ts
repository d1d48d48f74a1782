/**
 * Which language a sentence is in, to tell the reader what a match was read as: the script first
 * (Armenian, Devanagari, Cyrillic, Arabic, Latin), then within a script the letters only one
 * language of it writes (ə for Azerbaijani; ے ہ ٹ for Urdu; پ گ ژ and Persian ی for Persian; ة
 * for Arabic; ß ä for German; ñ for Spanish), then the function words and concept forms each
 * language's lexicon holds. Null when nothing tells, or for a Cyrillic language other than Russian.
 */
import { foldString } from '../normalize';
import type { Lang } from './concepts';
import { languagesOf } from './lookup';

const WORD = /[\p{L}\p{M}]+(?:\u200c[\p{L}\p{M}]+)*/gu;

type Script = 'latin' | 'cyrillic' | 'armenian' | 'arabic' | 'devanagari';

function scriptOf(ch: string): Script | null {
  const cp = ch.codePointAt(0)!;
  if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0xc0 && cp <= 0x24f) || cp === 0x259) return 'latin';
  if (cp >= 0x400 && cp <= 0x4ff) return 'cyrillic';
  if (cp >= 0x531 && cp <= 0x58f) return 'armenian';
  if ((cp >= 0x600 && cp <= 0x6ff) || (cp >= 0x750 && cp <= 0x77f) || (cp >= 0xfb50 && cp <= 0xfeff)) return 'arabic';
  if (cp >= 0x900 && cp <= 0x97f) return 'devanagari';
  return null;
}

/** Letters that say a language within its script, and how much each says. */
const LETTERS: Record<string, [Lang, number][]> = {
  ə: [['az', 3]],
  Ə: [['az', 3]],
  ı: [['tr', 1], ['az', 1]],
  ğ: [['tr', 1], ['az', 1]],
  ş: [['tr', 1], ['az', 1]],
  ä: [['de', 2]],
  ß: [['de', 3]],
  ü: [['de', 1], ['tr', 1], ['az', 1]],
  ö: [['de', 1], ['tr', 1], ['az', 1]],
  ñ: [['es', 3]],
  á: [['es', 1]],
  í: [['es', 1]],
  ó: [['es', 1]],
  ú: [['es', 1]],
  é: [['fr', 1], ['es', 1]],
  è: [['fr', 2]],
  ê: [['fr', 2]],
  à: [['fr', 2]],
  ç: [['fr', 1], ['tr', 1], ['az', 1]],
  œ: [['fr', 3]],
  // Arabic script: letters of Urdu, of Persian (and Urdu), of Arabic alone.
  ے: [['ur', 3]],
  ہ: [['ur', 3]],
  ھ: [['ur', 2]],
  ٹ: [['ur', 3]],
  ڈ: [['ur', 3]],
  ڑ: [['ur', 3]],
  ں: [['ur', 3]],
  پ: [['fa', 1], ['ur', 1]],
  چ: [['fa', 1], ['ur', 1]],
  ژ: [['fa', 2]],
  گ: [['fa', 1], ['ur', 1]],
  ک: [['fa', 1], ['ur', 1]],
  ی: [['fa', 1], ['ur', 1]],
  ة: [['ar', 3]],
  ى: [['ar', 2]],
  ي: [['ar', 1]],
  ك: [['ar', 1]],
  // Cyrillic letters Russian does not write (Ukrainian, Belarusian, Kazakh, Serbian...).
  і: [['other' as Lang, 3]],
  ї: [['other' as Lang, 3]],
  є: [['other' as Lang, 3]],
  ґ: [['other' as Lang, 3]],
  ў: [['other' as Lang, 3]],
  ә: [['other' as Lang, 3]],
  ө: [['other' as Lang, 3]],
  ү: [['other' as Lang, 3]],
  қ: [['other' as Lang, 3]],
  ң: [['other' as Lang, 3]],
  ғ: [['other' as Lang, 3]],
  һ: [['other' as Lang, 3]],
  ј: [['other' as Lang, 3]],
  љ: [['other' as Lang, 3]],
  њ: [['other' as Lang, 3]],
  ђ: [['other' as Lang, 3]],
  ћ: [['other' as Lang, 3]],
  џ: [['other' as Lang, 3]],
  ы: [['ru', 2]],
  э: [['ru', 2]],
  ё: [['ru', 2]],
};

const BY_SCRIPT: Record<Script, readonly Lang[]> = {
  latin: ['en', 'fr', 'de', 'es', 'tr', 'az'],
  cyrillic: ['ru'],
  armenian: ['hy'],
  arabic: ['ar', 'fa', 'ur'],
  devanagari: ['hi'],
};

/**
 * The script most of a sentence's letters are in (of equals, the first met), or null; its letters
 * that tell a language are added to that language's score. A character outside the BMP has no script
 * and no such letter, so the sentence is read a code unit at a time.
 */
function mainScript(sentence: string, add: (lang: string, n: number) => void): Script | null {
  const scripts = new Map<Script, number>();
  // Latin letters are counted apart (most sentences are all ASCII), in the place they were first met.
  let latin = 0;
  for (let i = 0; i < sentence.length; i++) {
    const code = sentence.charCodeAt(i);
    if (code < 0x80) {
      const lower = code | 0x20;
      if (lower >= 0x61 && lower <= 0x7a && latin++ === 0) scripts.set('latin', 0);
      // No letter that tells a language is ASCII.
      continue;
    }
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const ch = sentence[i]!;
    const s = scriptOf(ch);
    if (s === 'latin') {
      if (latin++ === 0) scripts.set('latin', 0);
    } else if (s) scripts.set(s, (scripts.get(s) ?? 0) + 1);
    for (const [lang, n] of LETTERS[ch] ?? LETTERS[ch.toLowerCase()] ?? []) add(lang, n);
  }
  if (latin > 0) scripts.set('latin', latin);
  let script: Script | null = null;
  for (const [s, n] of scripts) if (!script || n > scripts.get(script)!) script = s;
  return script;
}

/** Raw word -> the languages whose lexicon holds its fold: words repeat across a page's sentences. */
const wordLangs = new Map<string, readonly Lang[]>();

function languagesOfWord(word: string): readonly Lang[] {
  let langs = wordLangs.get(word);
  if (langs === undefined) {
    if (wordLangs.size > 50_000) wordLangs.clear();
    langs = languagesOf(foldString(word));
    wordLangs.set(word, langs);
  }
  return langs;
}

/** The language a sentence is written in, or null when it cannot tell. */
export function languageOf(sentence: string): Lang | null {
  const score = new Map<string, number>();
  const add = (lang: string, n: number) => score.set(lang, (score.get(lang) ?? 0) + n);
  const script = mainScript(sentence, add);
  if (!script) return null;
  const candidates = BY_SCRIPT[script];
  if (candidates.length === 1) {
    if (script === 'cyrillic' && (score.get('other') ?? 0) > (score.get('ru') ?? 0)) return null;
    return candidates[0]!;
  }
  // Function words and concept forms: each counts for every language whose lexicon holds it.
  for (const m of sentence.matchAll(WORD)) {
    const langs = languagesOfWord(m[0]);
    for (const lang of langs) if (candidates.includes(lang)) add(lang, 2 / langs.length);
  }
  let best: Lang | null = null;
  let bestScore = 0;
  for (const lang of candidates) {
    const s = score.get(lang) ?? 0;
    if (s > bestScore) {
      best = lang;
      bestScore = s;
    }
  }
  return best;
}
