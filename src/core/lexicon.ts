/**
 * The words a claim sentence is made of, reduced to concepts: "troops", "soldiers", "army" and
 * "военные" are one concept; "rejects", "denied" and "отверг" another. News outlets restate a claim
 * in their own words and in other languages, so matching compares concepts, not spellings.
 *
 * Concept kinds:
 * - actor: a state or its people; a claim about one actor is not a claim about another, so the
 *   actors nearly all of a claim's wordings name must be present (Turkish troops are not
 *   Pakistani troops). Leaders stand for their states here (Imran Khan, Pashinyan, Aliyev).
 * - scene: the parties and places of the conflict itself; on a page about the topic they are
 *   everywhere, so they weigh little and are never required.
 * - detail: dates and numbers; "September 27" helps tell one wording from another but says nothing
 *   of what happened, so it weighs little and never counts as a word of substance.
 * - word: everything else, weighed by how rare it is among the claims.
 *
 * Forms cover the languages the region's names come in (names.md): English, Russian, Turkish,
 * Azerbaijani, French and German for the words news about these claims is made of.
 */

import { foldString } from './normalize';

export type ConceptKind = 'actor' | 'scene' | 'word' | 'detail';

/** Concept id -> surface forms (folded, lower case). A form ending in "*" is a prefix. */
const GROUPS: Record<string, { kind: ConceptKind; forms: string[] }> = {
  pakistan: { kind: 'actor', forms: ['pakistan', 'pakistani', 'pakistanis', 'islamabad', 'rawalpindi', 'pak', 'imran', 'пакистан*', 'pakistan*', 'исламабад*'] },
  turkey: { kind: 'actor', forms: ['turkey', 'turkish', 'turkiye', 'turks', 'ankara', 'erdogan', 'турци*', 'турец*', 'турк*', 'turquie', 'turc', 'turcs', 'turque', 'turques', 'turkei', 'turkisch*', 'turk', 'turkler*'] },
  russia: { kind: 'actor', forms: ['russia', 'russian', 'russians', 'moscow', 'kremlin', 'lavrov', 'putin', 'лавров*', 'путин*', 'росси*', 'москв*', 'russie', 'russe', 'russes', 'moscou', 'russland', 'russisch*', 'moskau', 'lawrow', 'rusya', 'rus', 'moskova'] },
  india: { kind: 'actor', forms: ['india', 'indian', 'indians', 'delhi', 'инди*'] },
  syria: { kind: 'actor', forms: ['syria', 'syrian', 'syrians', 'damascus', 'сири*', 'syrie', 'syrien', 'syrisch*', 'suriye*'] },
  iran: { kind: 'actor', forms: ['iran', 'iranian', 'iranians', 'tehran', 'иран*'] },
  israel: { kind: 'actor', forms: ['israel', 'israeli', 'israelis', 'израил*'] },
  afghanistan: { kind: 'actor', forms: ['afghanistan', 'afghan', 'afghans', 'kabul', 'афган*'] },
  eu: { kind: 'actor', forms: ['eu', 'european', 'europe', 'brussels', 'евросоюз*'] },
  azerbaijan: { kind: 'scene', forms: ['azerbaijan', 'azerbaijani', 'azerbaijanis', 'azeri', 'azeris', 'baku', 'azerbaycan', 'azərbaycan', 'azerbaidschan', 'aliyev', 'алиев*', 'азербайдж*', 'баку', 'azerbaycan*', 'azerbaidjan*', 'aserbaidschan*', 'azerbaidschan*', 'bakou', 'bakı', 'aliev', 'alijew'] },
  armenia: { kind: 'scene', forms: ['armenia', 'armenian', 'armenians', 'yerevan', 'pashinyan', 'пашинян*', 'армени*', 'армян*', 'ереван*', 'ermenistan*', 'ermeni*', 'armenie*', 'armenien*', 'armenisch*', 'erevan', 'eriwan', 'erivan', 'pachinian', 'paschinjan', 'pasinyan', 'pashinian'] },
  karabakh: { kind: 'scene', forms: ['нагорн*', 'nagorno', 'nagorny', 'daglik', 'dagliq', 'haut'] },
  military: {
    kind: 'word',
    forms: ['troop', 'troops', 'soldier', 'soldiers', 'army', 'armies', 'military', 'force', 'forces', 'servicemen', 'serviceman', 'personnel', 'units', 'unit', 'armed', 'militaries', 'regulars', 'fighters', 'mercenary', 'mercenaries', 'contingent', 'военн*', 'армия', 'армии', 'армией', 'армию', 'армейск*', 'солдат*', 'войск*', 'наемник*', 'боевик*', 'ordu*', 'asker*', 'soldat*', 'troupe*', 'armee', 'militaire*', 'truppe*', 'streitkraft*', 'soldaten', 'bundeswehr'],
  },
  special: { kind: 'word', forms: ['special', 'commando', 'commandos', 'sof', 'спецназ*', 'elite', 'spetsnaz', 'specnaz', 'ssg', 'speciales', 'speciale', 'spezial*', 'ozel', 'xususi', 'xüsusi', 'спецподраздел*'] },
  fight: {
    kind: 'word',
    forms: ['fight', 'fighting', 'fought', 'fights', 'combat', 'battle', 'battles', 'battling', 'involved', 'involvement', 'participate', 'participated', 'participating', 'participation', 'воюют', 'воюет', 'воева*', 'бо', 'боях', 'боев*', 'участи*', 'участв*', 'savas*', 'frontline', 'front', 'hostilities', 'combattent', 'combattre', 'combattant*', 'combats', 'kampf*', 'kampft', 'kampfen', 'kampften', 'vuruş*', 'vurus*', 'döyüş*', 'doyus*'],
  },
  alongside: { kind: 'word', forms: ['alongside', 'сторон*', 'birlikte', 'beside', 'cotes', 'seite', 'saflar*', 'yaninda'] },
  send: { kind: 'word', forms: ['send', 'sent', 'sending', 'sends', 'deploy', 'deployed', 'deploying', 'deployment', 'deploys', 'dispatch', 'dispatched', 'dispatching', 'направ*', 'отправ*', 'прислал*', 'envoi', 'envoye', 'envoyes', 'entsandt', 'entsend*', 'gonder*'] },
  deny: { kind: 'word', forms: ['deny', 'denied', 'denies', 'denial', 'denying', 'reject', 'rejected', 'rejects', 'rejecting', 'rejection', 'refute', 'refuted', 'refutes', 'dismiss', 'dismissed', 'dismisses', 'rebuff', 'rebuffed', 'rebut', 'rebutted', 'rubbish', 'rubbished', 'rubbishes', 'отверг*', 'опроверг*', 'отрица*', 'dement*', 'rejette', 'rejete', 'dementi', 'zuruckgewiesen', 'dementiert', 'bestreit*', 'yalanla*', 'reddet*', 'təkzib*', 'tekzib*'] },
  baseless: { kind: 'word', forms: ['baseless', 'unfounded', 'speculative', 'fabricated', 'unwarranted', 'groundless', 'false', 'untrue', 'беспочв*', 'спекулят*', 'необоснован*', 'ложн*', 'haltlos*', 'unbegrundet*', 'infonde*', 'asilsiz', 'esassiz', 'əsassız'] },
  irresponsible: { kind: 'word', forms: ['irresponsible', 'безответствен*'] },
  propaganda: { kind: 'word', forms: ['propaganda', 'пропаганд*'] },
  accuse: { kind: 'word', forms: ['accuse', 'accused', 'accuses', 'accusing', 'accusation', 'accusations', 'blame', 'blamed', 'blames', 'blaming', 'allege', 'alleged', 'alleges', 'обвин*', 'wirft', 'vorwurf*', 'sucla*', 'ittiham*', 'accusent'] },
  cleansing: { kind: 'word', forms: ['cleansing', 'cleanse', 'cleansed', 'чистк*', 'чистки', 'nettoyage', 'sauberung*', 'temizli*', 'təmizləm*'] },
  ethnic: { kind: 'word', forms: ['ethnic', 'ethnically', 'этническ*', 'ethnique', 'ethnisch*', 'etnik'] },
  aggression: { kind: 'word', forms: ['aggression', 'aggressive', 'агресси*'] },
  terror: { kind: 'word', forms: ['terror', 'terrorist', 'terrorists', 'terrorism', 'antiterror', 'antiterrorist', 'антитеррор*', 'террор*', 'antiterror*', 'antiter*', 'counterterror*', 'terror*', 'teror*', 'terrorisme', 'antiterroriste*'] },
  operation: { kind: 'word', forms: ['operation', 'operations', 'ops', 'op', 'measures', 'measure', 'activities', 'activity', 'campaign', 'операци*', 'мероприят*', 'tedbir*', 'operasyon*', 'einsatz*'] },
  ceasefire: { kind: 'word', forms: ['ceasefire', 'ceasefires', 'truce', 'truces', 'armistice', 'перемири*', 'прекращени*', 'cessez', 'waffenruhe', 'waffenstillstand*', 'ateskes*', 'atəşkəs*'] },
  violate: { kind: 'word', forms: ['violate', 'violated', 'violates', 'violating', 'violation', 'violations', 'breach', 'breached', 'breaches', 'broken', 'broke', 'breaking', 'break', 'breaks', 'collapse', 'collapsed', 'collapses', 'collapsing', 'tatters', 'наруш*', 'viole', 'violee', 'violes', 'violation*', 'verletz*', 'gebrochen', 'ihlal*', 'pozul*'] },
  start: { kind: 'word', forms: ['start', 'started', 'starting', 'starts', 'outbreak', 'erupted', 'erupt', 'erupts', 'triggered', 'trigger', 'triggering', 'spark', 'sparked', 'sparking', 'provoke', 'provoking', 'provoked', 'initiated', 'outbreaks', 'начал*', 'начале', 'развяз*', 'basla*'] },
  launch: { kind: 'word', forms: ['launch', 'launched', 'launches', 'launching', 'begun', 'began', 'begin', 'begins', 'unleashed', 'unleash', 'объявил*', 'başlan*', 'baslan*', 'baslat*', 'lance', 'lancee', 'begonnen', 'gestartet', 'kicked', 'kicks'] },
  attack: { kind: 'word', forms: ['attack', 'attacks', 'attacked', 'shelling', 'shelled', 'shell', 'targeted', 'targeting', 'strike', 'strikes', 'struck', 'bombarded', 'bombardment', 'обстрел*', 'нападени*', 'атак*', 'attaque*', 'angriff*', 'saldir*', 'hucum*'] },
  civilian: { kind: 'word', forms: ['civilian', 'civilians', 'villages', 'village', 'settlements', 'settlement', 'мирн*', 'sivil', 'yerlesim*', 'civils', 'zivil*'] },
  mutual: { kind: 'word', forms: ['mutual', 'mutually', 'other', 'друг', 'birbirin*', 'mutuel*', 'gegenseitig*'] },
  halt: { kind: 'word', forms: ['halt', 'halted', 'stop', 'stopped', 'cease', 'end', 'прекрат*'] },
  report: { kind: 'word', forms: ['report', 'reports', 'reported', 'reportedly', 'reporting', 'claim', 'claims', 'claimed', 'claiming', 'allegation', 'allegations', 'media', 'сообщени*', 'заявлени*', 'заявил*', 'iddia*', 'haber*', 'berichte*', 'bericht', 'rapport*', 'informations'] },
  local: { kind: 'word', forms: ['local', 'localized', 'localised', 'локальн*', 'lokal*', 'locale', 'locales', 'yerel'] },
  character: { kind: 'word', forms: ['character', 'nature', 'характер*', 'xarakter*', 'nitelik*'] },
  offensive: { kind: 'word', forms: ['offensive', 'assault', 'onslaught', 'наступлени*'] },
  complete: { kind: 'word', forms: ['complete', 'completion', 'completed', 'finished', 'завершени*', 'achieved', 'завершен*', 'завершат*'] },
  // Not "support": every statement of diplomatic backing says it ("Pakistan supports Azerbaijan's position").
  help: { kind: 'word', forms: ['help', 'helped', 'helping', 'assist', 'assistance', 'aid', 'помощ*'] },
  pm: { kind: 'word', forms: ['pm', 'premier'] },
  near: { kind: 'word', forms: ['close', 'nearly', 'almost', 'near', 'verge', 'почти', 'близк*'] },
  // Calls to keep a truce: "urged both sides to respect", "called on them to strictly observe".
  observe: { kind: 'word', forms: ['observe', 'observing', 'respect', 'respecting', 'abide', 'adhere', 'honour', 'honor', 'comply', 'follow', 'соблюд*'] },
  urge: { kind: 'word', forms: ['urge', 'urged', 'urges', 'urging', 'призвал*', 'призыва*', 'appelle', 'fordert*', 'cagri*'] },
};

/** Words that carry no claim: function words in the languages the dataset uses, and news filler. */
const STOP = new Set(
  foldString(`a an the and or but if of to in on at by for from with without into onto over under about against between
  after before during since until than that this these those there here it its it's is are was were be been
  being has have had having do does did done will would shall should can could may might must not no nor
  so such as also too very just only even still yet again said says say saying told tell according
  he she they them their his her him we us our you your i me my who whom whose which what when where why how
  all any both each few more most other some another one two three s t de la le les du des et en un une
  week weeks day days month months year years monday tuesday wednesday thursday friday saturday sunday
  today yesterday tomorrow earlier later last first new mr ms dr statement spokesman spokesperson
  в во на и что с со об о по не к из за от до а но как это этот его ее их он она они был была были
  ile ve bir bu da de ki icin out up`)
    .split(/\s+/)
    .filter(Boolean),
);

export interface ConceptInfo {
  id: string;
  kind: ConceptKind;
}

const exact = new Map<string, ConceptInfo>();
const prefixes: { prefix: string; info: ConceptInfo }[] = [];
for (const [id, { kind, forms }] of Object.entries(GROUPS)) {
  for (const raw of forms) {
    // Forms are compared with folded words: "азербайджан" folds to "азербаиджан".
    const form = foldString(raw);
    const info = { id, kind };
    if (form.endsWith('*')) prefixes.push({ prefix: form.slice(0, -1), info });
    else exact.set(form, info);
  }
}
// Longest prefix first, so "армени" (Armenia) wins over a shorter form.
prefixes.sort((a, b) => b.prefix.length - a.prefix.length);

export const REGION_CONCEPT: ConceptInfo = { id: 'karabakh', kind: 'scene' };

/** A crude English stemmer: enough to make "reports", "reported" and "reporting" one word. */
function stemEnglish(w: string): string {
  if (w.length <= 4) return w;
  if (w.endsWith('ies') && w.length > 5) return w.slice(0, -3) + 'y';
  if (w.endsWith('ing') && w.length > 6) return w.slice(0, -3);
  if (w.endsWith('ed') && w.length > 5) return w.slice(0, -2);
  if (w.endsWith('es') && /(ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

const memo = new Map<string, ConceptInfo | null>();

/** The concept a folded word stands for, or null for a function word. */
export function conceptOf(word: string): ConceptInfo | null {
  let hit = memo.get(word);
  if (hit === undefined) {
    // Words repeat across a page and across claims; the prefix scan need not.
    if (memo.size > 50_000) memo.clear();
    hit = lookUp(word);
    memo.set(word, hit);
  }
  return hit;
}

/** Months in the languages of the forms above; with numbers they are details (see ConceptKind). */
const MONTHS = new Set(
  foldString(`january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec janvier fevrier mars avril mai juin juillet aout
  septembre octobre novembre decembre januar februar marz juni juli oktober dezember ocak subat nisan
  mayis haziran temmuz agustos eylul ekim kasim aralik января февраля марта апреля мая июня июля
  августа сентября октября ноября декабря`)
    .split(/\s+/)
    .filter(Boolean),
);

function lookUp(word: string): ConceptInfo | null {
  if (STOP.has(word)) return null;
  const hit = exact.get(word);
  if (hit) return hit;
  if (/^\p{N}+$/u.test(word) || MONTHS.has(word)) return { id: `date:${word}`, kind: 'detail' };
  for (const p of prefixes) if (word.startsWith(p.prefix)) return p.info;
  if (/^\p{Script=Cyrillic}+$/u.test(word)) {
    // Russian declines every noun; the first letters of a word stand for all its forms.
    return word.length < 3 ? null : { id: word.slice(0, Math.max(4, Math.min(6, word.length - 1))), kind: 'word' };
  }
  if (word.length < 2) return null;
  const stem = stemEnglish(word);
  return exact.get(stem) ?? { id: stem, kind: 'word' };
}

/** Whether a folded word is one of the lexicon's own forms (not a word it only stems). */
export function inLexicon(word: string): boolean {
  return exact.has(word) || prefixes.some((p) => word.startsWith(p.prefix));
}

/** Whether a word is a function word (for the display of why a sentence matched). */
export function isStopWord(word: string): boolean {
  return STOP.has(word);
}
