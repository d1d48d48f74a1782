/** One claim with a denial and three sources (one without a URL), for the claim view and the card. */
import type { Dataset } from '@/src/data/schema';

export const dataset: Dataset = {
  version: 1,
  id: 'test',
  title: 'Test',
  claims: [
    {
      id: 'pakistani-troops',
      statement: 'Pakistani troops fought alongside Azerbaijan in 2020.',
      claimants: [{ name: 'Times Now', role: 'published the report' }],
      date: '2020-10',
      sourceIds: ['times-now', 'no-url'],
      phrasings: ['Pakistani soldiers fighting for Azerbaijan'],
      tags: [],
    },
  ],
  responses: [
    {
      id: 'fo-denial',
      claimId: 'pakistani-troops',
      kind: 'denial',
      speaker: { name: 'Zahid Hafeez Chaudhri', role: 'spokesman', organisation: 'Foreign Office of Pakistan' },
      quote: 'speculative and baseless',
      date: '2020-10-02',
      sourceId: 'aa',
    },
  ],
  sources: [
    { id: 'times-now', publisher: 'Times Now', headline: 'Pakistan sends troops', date: '2020-09-30', url: 'https://example.org/times' },
    { id: 'no-url', publisher: 'Blog', headline: 'Unverified copy', date: '2020' },
    { id: 'aa', publisher: 'Anadolu Agency', headline: 'Pakistan rejects reports', date: '2020-10-02', url: 'https://example.org/aa' },
  ],
  context: [],
};
