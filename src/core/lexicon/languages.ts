/** Every language's lexicon, in the order the lookup reads them (a form two languages share is one entry). */
import type { Lexicon } from './concepts';
import { ar } from './ar';
import { az } from './az';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fa } from './fa';
import { fr } from './fr';
import { hi } from './hi';
import { hy } from './hy';
import { ru } from './ru';
import { tr } from './tr';
import { ur } from './ur';

export const LEXICONS: readonly Lexicon[] = [en, ru, tr, az, fr, de, es, hy, ar, fa, ur, hi];
