// The `;`-separated CSV the portal writes (the ranking, the open data): RFC 4180 quoting, and text
// cells defused against spreadsheet formulas.

/**
 * Reads back a CSV of this shape (RFC 4180: quoted cells with doubled quotes, CRLF after every record),
 * without the BOM; for tests and scripts that check what was written. Throws on a last record
 * without its CRLF or an unclosed quote.
 */
export function readCsv(text: string, delimiter = ';'): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) record.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') record.push(cell), records.push(record), (record = []), (cell = ''), i++;
    else cell += ch;
  }
  if (quoted || cell !== '' || record.length > 0) throw new Error('CSV: the last record does not end with CRLF, or a quote is not closed');
  return records;
}

/** A text cell of a `;`-separated CSV: defused if a spreadsheet would take it for a formula, then quoted if needed (RFC 4180). */
export function csvText(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
