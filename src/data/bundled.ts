/**
 * The dataset shipped with the extension. The JSON is checked by `npm run validate:data` and the data
 * tests (schema, integrity, verbatim quotes), so here it is only typed, not re-validated at runtime.
 */
import json from './claims.json';
import type { Dataset } from './schema';

export const BUNDLED_DATASET: Dataset = json as Dataset;
