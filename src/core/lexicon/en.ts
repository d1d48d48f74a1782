/** English: exact forms (the lookup stems the rest), and the Latin spellings of names. */
import type { Lexicon } from './concepts';

export const en: Lexicon = {
  lang: 'en',
  forms: {
    pakistan: ['pakistan', 'pakistani', 'pakistanis', 'islamabad', 'rawalpindi', 'pak', 'imran'],
    turkey: ['turkey', 'turkish', 'turkiye', 'turks', 'ankara', 'erdogan', 'turk'],
    russia: ['russia', 'russian', 'russians', 'moscow', 'kremlin', 'lavrov', 'putin'],
    india: ['india', 'indian', 'indians', 'delhi'],
    syria: ['syria', 'syrian', 'syrians', 'damascus'],
    iran: ['iran', 'iranian', 'iranians', 'tehran'],
    israel: ['israel', 'israeli', 'israelis'],
    afghanistan: ['afghanistan', 'afghan', 'afghans', 'kabul'],
    eu: ['eu', 'european', 'europe', 'brussels'],
    azerbaijan: ['azerbaijan', 'azerbaijani', 'azerbaijanis', 'azeri', 'azeris', 'baku', 'aliyev', 'aliev'],
    armenia: ['armenia', 'armenian', 'armenians', 'yerevan', 'pashinyan', 'pashinian'],
    karabakh: ['nagorno', 'nagorny'],
    military: [
      'troop', 'troops', 'soldier', 'soldiers', 'army', 'armies', 'military', 'force', 'forces', 'servicemen', 'serviceman',
      'personnel', 'units', 'unit', 'armed', 'militaries', 'regulars', 'fighters', 'mercenary', 'mercenaries', 'contingent',
    ],
    special: ['special', 'commando', 'commandos', 'sof', 'elite', 'spetsnaz', 'specnaz', 'ssg'],
    fight: [
      'fight', 'fighting', 'fought', 'fights', 'combat', 'battle', 'battles', 'battling', 'involved', 'involvement',
      'participate', 'participated', 'participating', 'participation', 'frontline', 'front', 'hostilities',
    ],
    alongside: ['alongside', 'beside'],
    // "The presence of Pakistani troops" says they were sent there.
    send: ['send', 'sent', 'sending', 'sends', 'deploy', 'deployed', 'deploying', 'deployment', 'deploys', 'dispatch', 'dispatched', 'dispatching', 'presence'],
    deny: ['debunked', 'debunk', 'debunks',
      'deny', 'denied', 'denies', 'denial', 'denying', 'reject', 'rejected', 'rejects', 'rejecting', 'rejection', 'refute',
      'refuted', 'refutes', 'dismiss', 'dismissed', 'dismisses', 'rebuff', 'rebuffed', 'rebut', 'rebutted', 'rubbish',
      'rubbished', 'rubbishes',
    ],
    baseless: ['unsubstantiated', 'concocted', 'fictitious', 'hoax', 'absurd',
      'baseless', 'unfounded', 'speculative', 'fabricated', 'unwarranted', 'groundless', 'false', 'untrue', 'lie',
      'nonsense', 'fabrication', 'fabrications', 'fake', 'disinformation', 'misinformation', 'falsehood', 'falsehoods',
    ],
    irresponsible: ['irresponsible'],
    propaganda: ['propaganda'],
    // Blame by another word: "bears full responsibility", "accountable for the flare-up".
    accuse: [
      'accuse', 'accused', 'accuses', 'accusing', 'accusation', 'accusations', 'blame', 'blamed', 'blames', 'blaming', 'allege',
      'alleged', 'alleges', 'responsibility', 'responsible', 'accountable',
    ],
    cleansing: ['cleansing', 'cleanse', 'cleansed'],
    ethnic: ['ethnic', 'ethnically'],
    aggression: ['aggression', 'aggressive'],
    terror: ['terror', 'terrorist', 'terrorists', 'terrorism', 'antiterror', 'antiterrorist', 'counterterror*', 'terror*', 'antiterror*', 'antiter*'],
    operation: ['operation', 'operations', 'ops', 'op', 'measures', 'measure', 'activities', 'activity', 'campaign'],
    ceasefire: ['ceasefire', 'ceasefires', 'truce', 'truces', 'armistice'],
    violate: [
      'violate', 'violated', 'violates', 'violating', 'violation', 'violations', 'breach', 'breached', 'breaches', 'broken',
      'broke', 'breaking', 'break', 'breaks', 'collapse', 'collapsed', 'collapses', 'collapsing', 'tatters',
    ],
    start: [
      'start', 'started', 'starting', 'starts', 'outbreak', 'erupted', 'erupt', 'erupts', 'triggered', 'trigger', 'triggering',
      'spark', 'sparked', 'sparking', 'provoke', 'provoking', 'provoked', 'initiated', 'outbreaks', 'flare', 'flared', 'flares',
      'escalation', 'escalated',
    ],
    launch: ['launch', 'launched', 'launches', 'launching', 'begun', 'began', 'begin', 'begins', 'unleashed', 'unleash', 'kicked', 'kicks'],
    attack: ['bombing', 'bombings', 'bombed', 'bomb', 'bombs', 'bombard', 'shellings',
      'attack', 'attacks', 'attacked', 'shelling', 'shelled', 'shell', 'targeted', 'targeting', 'strike', 'strikes', 'struck',
      'bombarded', 'bombardment',
    ],
    civilian: ['civilian', 'civilians', 'villages', 'village', 'settlements', 'settlement'],
    mutual: ['mutual', 'mutually'],
    halt: ['halt', 'halted', 'stop', 'stopped', 'cease', 'end'],
    report: [
      'report', 'reports', 'reported', 'reportedly', 'reporting', 'claim', 'claims', 'claimed', 'claiming', 'allegation',
      'allegations', 'media',
    ],
    local: ['local', 'localized', 'localised'],
    character: ['character', 'nature'],
    offensive: ['offensive', 'assault', 'onslaught'],
    complete: ['complete', 'completion', 'completed', 'finished', 'achieved'],
    help: ['help', 'helped', 'helping', 'assist', 'assistance', 'aid'],
    pm: ['leader', 'pm', 'premier'],
    near: ['close', 'nearly', 'almost', 'near', 'verge'],
    // Calls to keep a truce: "urged both sides to respect", "called on them to strictly observe".
    observe: ['adhered', 'adheres', 'adhering', 'complied', 'complies', 'observe', 'observing', 'respect', 'respecting', 'abide', 'adhere', 'honour', 'honor', 'comply', 'follow'],
    urge: ['urge', 'urged', 'urges', 'urging'],
    exodus: ['exodus', 'flee', 'fled', 'fleeing', 'flees'],
    displacement: ['expel', 'expels', 'expelling', 'displacement', 'displaced', 'deportation', 'deportations', 'deported', 'expulsion', 'expelled', 'forcibly', 'uprooted'],
    war: ['war', 'wars'],
    clash: ['clash', 'clashes', 'clashed', 'skirmish', 'skirmishes'],
    exercise: ['exercise', 'exercises', 'drill', 'drills', 'wargame', 'wargames', 'manoeuvres', 'maneuvers'],
    visit: ['visit', 'visits', 'visited', 'visiting'],
  },
  stop: `a an the and or but if of to in on at by for from with without into onto over under about against between
  after before during since until than that this these those there here it its it's is are was were be been
  being has have had having do does did done will would shall should can could may might must not no nor
  so such as also too very just only even still yet again said says say saying told tell according
  he she they them their his her him we us our you your i me my who whom whose which what when where why how
  all any both each few more most other some another one two three s t
  week weeks day days month months year years monday tuesday wednesday thursday friday saturday sunday
  today yesterday tomorrow earlier later last first new mr ms dr statement spokesman spokesperson out up`.split(/\s+/).filter(Boolean),
  months: `january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec`.split(/\s+/).filter(Boolean),
};
