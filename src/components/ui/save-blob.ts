/** Saves a file the page made (a .docx, a draft, a workbook) with FileSaver, loaded on the first download. */
export function saveBlob(blob: Blob, name: string): Promise<void> {
  return import('file-saver').then((m) =>
    (m.saveAs ?? (m as unknown as { default: { saveAs: typeof m.saveAs } }).default.saveAs)(blob, name),
  );
}
