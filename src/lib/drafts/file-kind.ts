/**
 * Whether a file chosen in "Nhập bản nháp" is a Word document, read for the draft it carries (docx-import.ts),
 * rather than a draft's .json: by its first bytes (a zip, or an old .doc) or, for a file cut short, by its name.
 */
export function isWordFile(name: string, bytes: Uint8Array): boolean {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  return zip || ole || /\.(docx|docm|dotx|doc)$/i.test(name);
}
