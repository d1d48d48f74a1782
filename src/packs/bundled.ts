/**
 * The one place the packs module reads the bundled dataset from, so the import's collision check,
 * the export of the bundled set and loadActiveDatasets() agree on it.
 */
import type { Dataset } from '@/src/data/schema';

// The data helper's BUNDLED_DATASET is not on this branch yet; an empty set keeps the API usable
// until it is merged, when this line becomes a re-export.
export const BUNDLED_DATASET: Dataset = {
  version: 1,
  id: 'karabakh-context-bundled',
  title: 'Karabakh Context',
  claims: [],
  responses: [],
  sources: [],
  context: [],
};
