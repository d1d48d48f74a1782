/**
 * The news sites the content script runs on by itself. Any other site needs the reader's say-so:
 * a toolbar click (activeTab) or "run on this site" (an optional host permission).
 *
 * Outlets that cover the Nagorno-Karabakh conflict: international wires and papers, then Armenian,
 * Azerbaijani, Russian, Turkish, Pakistani and Indian outlets.
 */
interface NewsSite {
  /** Registrable domain; subdomains are included. */
  domain: string;
  name: string;
  region: 'international' | 'armenia' | 'azerbaijan' | 'russia' | 'turkey' | 'pakistan' | 'india';
}

export const DEFAULT_NEWS_SITES: readonly NewsSite[] = [
  // International wires, broadcasters and papers
  { domain: 'reuters.com', name: 'Reuters', region: 'international' },
  { domain: 'apnews.com', name: 'Associated Press', region: 'international' },
  { domain: 'afp.com', name: 'AFP', region: 'international' },
  { domain: 'france24.com', name: 'France 24', region: 'international' },
  { domain: 'bbc.com', name: 'BBC', region: 'international' },
  { domain: 'bbc.co.uk', name: 'BBC', region: 'international' },
  { domain: 'theguardian.com', name: 'The Guardian', region: 'international' },
  { domain: 'nytimes.com', name: 'The New York Times', region: 'international' },
  { domain: 'washingtonpost.com', name: 'The Washington Post', region: 'international' },
  { domain: 'aljazeera.com', name: 'Al Jazeera', region: 'international' },
  { domain: 'dw.com', name: 'Deutsche Welle', region: 'international' },
  { domain: 'euronews.com', name: 'Euronews', region: 'international' },
  { domain: 'rferl.org', name: 'RFE/RL', region: 'international' },
  { domain: 'eurasianet.org', name: 'Eurasianet', region: 'international' },
  { domain: 'ocmedia.org', name: 'OC Media', region: 'international' },
  { domain: 'cnn.com', name: 'CNN', region: 'international' },
  { domain: 'arabnews.com', name: 'Arab News', region: 'international' },
  // Armenian outlets
  { domain: 'armenpress.am', name: 'Armenpress', region: 'armenia' },
  { domain: 'news.am', name: 'News.am', region: 'armenia' },
  { domain: 'azatutyun.am', name: 'Azatutyun', region: 'armenia' },
  { domain: 'civilnet.am', name: 'CivilNet', region: 'armenia' },
  { domain: 'asbarez.com', name: 'Asbarez', region: 'armenia' },
  { domain: 'armenianweekly.com', name: 'The Armenian Weekly', region: 'armenia' },
  // Azerbaijani outlets
  { domain: 'azertag.az', name: 'AZERTAC', region: 'azerbaijan' },
  { domain: 'apa.az', name: 'APA', region: 'azerbaijan' },
  { domain: 'trend.az', name: 'Trend', region: 'azerbaijan' },
  { domain: 'report.az', name: 'Report.az', region: 'azerbaijan' },
  { domain: 'news.az', name: 'News.az', region: 'azerbaijan' },
  { domain: 'azernews.az', name: 'AzerNews', region: 'azerbaijan' },
  // Russian outlets
  { domain: 'tass.ru', name: 'TASS', region: 'russia' },
  { domain: 'tass.com', name: 'TASS', region: 'russia' },
  { domain: 'ria.ru', name: 'RIA Novosti', region: 'russia' },
  { domain: 'interfax.ru', name: 'Interfax', region: 'russia' },
  { domain: 'kommersant.ru', name: 'Kommersant', region: 'russia' },
  { domain: 'meduza.io', name: 'Meduza', region: 'russia' },
  // Turkish outlets
  { domain: 'aa.com.tr', name: 'Anadolu Agency', region: 'turkey' },
  { domain: 'dailysabah.com', name: 'Daily Sabah', region: 'turkey' },
  { domain: 'hurriyetdailynews.com', name: 'Hürriyet Daily News', region: 'turkey' },
  { domain: 'trtworld.com', name: 'TRT World', region: 'turkey' },
  // Pakistani outlets
  { domain: 'dawn.com', name: 'Dawn', region: 'pakistan' },
  { domain: 'dailytimes.com.pk', name: 'Daily Times', region: 'pakistan' },
  { domain: 'arabnews.pk', name: 'Arab News Pakistan', region: 'pakistan' },
  { domain: 'tribune.com.pk', name: 'The Express Tribune', region: 'pakistan' },
  { domain: 'geo.tv', name: 'Geo News', region: 'pakistan' },
  { domain: 'thenews.com.pk', name: 'The News International', region: 'pakistan' },
  { domain: 'nation.com.pk', name: 'The Nation', region: 'pakistan' },
  { domain: 'echonews.pk', name: 'Echo News', region: 'pakistan' },
  { domain: 'thenation.org.uk', name: 'The Nation (UK)', region: 'pakistan' },
  // Indian outlets
  { domain: 'timesnownews.com', name: 'Times Now', region: 'india' },
  { domain: 'news18.com', name: 'News18', region: 'india' },
  { domain: 'hindustantimes.com', name: 'Hindustan Times', region: 'india' },
  { domain: 'indianexpress.com', name: 'The Indian Express', region: 'india' },
  { domain: 'thehindu.com', name: 'The Hindu', region: 'india' },
  { domain: 'ndtv.com', name: 'NDTV', region: 'india' },
  { domain: 'wionews.com', name: 'WION', region: 'india' },
];

/** The match pattern for a domain and all its subdomains, http and https ("*." also matches the bare domain). */
export function matchPatternFor(domain: string): string {
  return `*://*.${domain}/*`;
}

export const DEFAULT_MATCH_PATTERNS: readonly string[] = [
  ...new Set(DEFAULT_NEWS_SITES.map((s) => matchPatternFor(s.domain))),
];

/** True when `host` (lower-case, no trailing dot) is `domain` itself or one of its subdomains. */
export function isHostWithin(host: string, domain: string): boolean {
  return host === domain || host.endsWith('.' + domain);
}

/** True when a hostname is a default news site or one of its subdomains. */
export function isDefaultNewsHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return DEFAULT_NEWS_SITES.some((s) => isHostWithin(host, s.domain));
}
