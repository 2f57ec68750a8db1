/**
 * A custom XML data part holding a value as JSON in CDATA: `<root xmlns="namespace"><![CDATA[{…}]]></root>`. JSON
 * escapes control characters and lone surrogates; the two non-characters XML forbids (U+FFFE, U+FFFF) and C1 controls
 * are escaped too, and so is the ">" of a "]]>" inside a string (LibreOffice joins split CDATA sections when it saves).
 * `attributes` (written as ` name="value"…`, already escaped) go on the root.
 */
export function jsonPartXml(root: string, namespace: string, value: unknown, attributes = ''): string {
  const json = JSON.stringify(value)
    .replace(/[\u007f-\u009f\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replaceAll(']]>', ']]\\u003e');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${root} xmlns="${namespace}"${attributes}><![CDATA[${json}]]></${root}>`;
}
