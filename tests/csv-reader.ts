// A strict RFC 4180 reader for the tests (quoted fields, doubled quotes, CRLF rows), shared by the
// node export tests and the browser download tests. Throws on a row that does not end in CRLF, so a
// writer that forgets the line ending fails the test instead of losing a row.
export function readCsv(file: string): string[][] {
  // A leading UTF-8 byte-order mark marks the file's encoding (every CSV the app writes has one); it is not data.
  const text = file.startsWith('\uFEFF') ? file.slice(1) : file;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (quoted || field !== '' || row.length) throw new Error(`CSV does not end with a complete CRLF row: ${JSON.stringify(text.slice(-40))}`);
  return rows;
}
