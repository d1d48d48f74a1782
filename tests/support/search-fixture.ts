import type { Dataset } from '@/src/data/schema';
import type { PlaceSpelling } from '@/src/search';

/** A small dataset in the shape of the bundled one: two claims, their answers and sources. */
export const DATASET: Dataset = {
  version: 1,
  id: 'test',
  title: 'Test',
  claims: [
    {
      id: 'pakistani-troops-agdam',
      statement: "Pakistan's army fought alongside Azerbaijani forces in Agdam, Nagorno-Karabakh",
      claimants: [{ name: 'Times Now', role: 'published the report' }],
      date: '2020-09-30',
      sourceIds: ['times-now'],
      phrasings: ['Pakistani troops fighting in Nagorno-Karabakh'],
      tags: ['Pakistan'],
    },
    {
      id: 'shelling-stepanakert',
      statement: 'Stepanakert was shelled on 27 September',
      claimants: [{ name: 'Ministry of Defence', role: 'made the claim', organisation: 'Armenia' }],
      date: '2020-09-27',
      sourceIds: ['wire'],
      phrasings: ['shelling of the capital'],
      tags: [],
    },
  ],
  responses: [
    {
      id: 'fo-denial',
      claimId: 'pakistani-troops-agdam',
      kind: 'denial',
      speaker: { name: 'Zahid Hafeez Chaudhri', role: 'Spokesperson', organisation: 'Foreign Office of Pakistan' },
      quote: 'speculative and baseless',
      date: '2020-10-01',
      sourceId: 'dawn',
    },
  ],
  sources: [
    { id: 'times-now', publisher: 'Times Now', headline: 'Pakistan army in Karabakh?', date: '2020-09-30' },
    { id: 'dawn', publisher: 'Dawn', headline: 'FO rejects reports', date: '2020-10-01', url: 'https://www.dawn.com/news/1' },
    { id: 'wire', publisher: 'Wire', headline: 'Capital shelled', date: '2020-09-27' },
  ],
  context: [],
};

const GROUPS = [
  {
    canonical: 'Nagorno-Karabakh',
    spellings: ['Nagorno-Karabakh', 'Karabakh', 'Нагорный Карабах', 'Արցախ', 'Artsakh', 'Dağlıq Qarabağ'],
  },
  { canonical: 'Stepanakert', spellings: ['Stepanakert', 'Khankendi', 'Xankəndi', 'Ханкенди', 'Ստեփանակերտ'] },
  { canonical: 'Agdam', spellings: ['Agdam', 'Aghdam', 'Ağdam', 'Агдам'] },
];

export const NAMES: PlaceSpelling[] = GROUPS.flatMap((g) => g.spellings.map((spelling) => ({ spelling, canonical: g.canonical })));
