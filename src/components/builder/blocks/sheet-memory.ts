import { mappingKey, parseMapping, type SavedMapping } from '../../../lib/import/index.ts';
import { getStorage } from '../store.ts';

/** Where the spreadsheet imports of the builder remember a mapping the user corrected: by header signature, on this computer. */
export const sheetMemory = {
  get: (signature: string) => parseMapping(getStorage().get(mappingKey(signature))),
  set: (signature: string, mapping: SavedMapping) => getStorage().set(mappingKey(signature), JSON.stringify(mapping)),
};
