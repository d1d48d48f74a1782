/**
 * Characters that folding drops, as one regular-expression source: invisible ones (zero-width space
 * and joiners, direction marks, embeddings, overrides and isolates, variation selectors, tags, soft
 * hyphen, Hangul fillers) and decoration only (combining marks of decomposed text, Arabic vowel marks
 * and tatweel, and their presentation forms that are only tatweel and marks, the Devanagari and Bengali
 * nukta, which Hindi outlets write or leave out in one name:
 * "काराबाख़", "काराबाख"). A page can put any of them inside a name ("Kara\u200Bbakh", "\u202EKarabakh") and the
 * reader sees the name; so folding (normalize.ts) and the first stage's quick test (quick-test.ts) both
 * look through them. One source for both, and small: the first stage loads it.
 */
export const INVISIBLE_SOURCE =
  '[\\u00ad\\u0300-\\u036f\\u061c\\u0640\\u064b-\\u065f\\u0670\\u093c\\u09bc\\u115f\\u1160\\u17b4\\u17b5\\u180b-\\u180f' +
  '\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u206f\\u20d0-\\u20ff' +
  '\\u3164\\ufcf2-\\ufcf4\\ufe00-\\ufe0f\\ufe20-\\ufe2f\\ufe71\\ufe77\\ufe79\\ufe7b\\ufe7d\\ufe7f\\ufeff\\uffa0]|\\udb40[\\udc00-\\udc7f\\udd00-\\uddef]';
