/**
 * Where the packs live in local storage. Its own module: defining the storage item (./items) reads
 * the whole value to check its version, which the popup must not pay just to watch for a change.
 */
export const PACKS_STORAGE_KEY = 'packs';
