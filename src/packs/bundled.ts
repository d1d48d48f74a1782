/**
 * The one place the packs module reads the bundled dataset from, so the import's collision check,
 * the export of the bundled set and loadActiveDatasets() agree on it.
 */
export { BUNDLED_DATASET } from '@/src/data/bundled';
