/** A two-claim dataset for tests that must not depend on the bundled data's wording. */
import type { Dataset } from '../../src/data/schema';

export const SMALL_DATASET: Dataset = {
  version: 1,
  id: 'small-test',
  title: 'Small test dataset',
  claims: [
    {
      id: 'troops-claim',
      statement: 'Pakistani troops are fighting alongside Azerbaijan in Nagorno-Karabakh.',
      claimants: [{ name: 'A TV channel', role: 'made the claim' }],
      date: '2020-10',
      sourceIds: ['src-a'],
      phrasings: ['Pakistan Army fighting alongside Azerbaijani forces against Armenia', 'Pakistan sent soldiers to fight in Karabakh'],
      tags: [],
    },
    {
      id: 'truce-claim',
      statement: 'Armenia and Azerbaijan accused each other of violating the ceasefire agreed in Moscow.',
      claimants: [{ name: 'Both governments', role: 'made the claim' }],
      date: '2020-10',
      sourceIds: ['src-a'],
      phrasings: ['Both sides accuse each other of breaking the Karabakh truce'],
      tags: [],
    },
  ],
  responses: [
    {
      id: 'troops-denial',
      claimId: 'troops-claim',
      kind: 'denial',
      speaker: { name: 'Spokesman', organisation: 'Foreign Office' },
      quote: 'speculative and baseless',
      date: '2020-10-02',
      sourceId: 'src-a',
    },
  ],
  sources: [{ id: 'src-a', publisher: 'Test', headline: 'Test', date: '2020-10-02' }],
  context: [],
};
