import { mappingKey, parseMapping, type SavedMapping } from '../../lib/import/index.ts';
import { localSettings } from '../../lib/storage/local.ts';

/** Where the spreadsheet imports of the builder remember a mapping the user corrected: by header signature, on this computer. */
export const sheetMemory = {
  get: (signature: string) => parseMapping(localSettings().get(mappingKey(signature))),
  set: (signature: string, mapping: SavedMapping) => localSettings().set(mappingKey(signature), JSON.stringify(mapping)),
};
