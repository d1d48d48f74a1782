/**
 * The claims the page is matched against: the bundled dataset, then the reader's enabled packs.
 */
export { loadActiveDatasets as loadDatasets, watchActiveDatasets as watchDatasets } from '@/src/packs/active';
