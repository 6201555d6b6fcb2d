// CSV as Excel and pandas read it: UTF-8 with a byte-order mark (Excel otherwise assumes the
// local code page and garbles Chinese), CRLF line ends and RFC 4180 quoting.

export const CSV_BOM = "\uFEFF";

export type CsvValue = string | number | boolean | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record line, CRLF-terminated. */
export const csvRow = (values: readonly CsvValue[]): string => values.map(csvField).join(",") + "\r\n";

/** The first line of a file: BOM + header. */
export const csvHeader = (columns: readonly string[]): string => CSV_BOM + csvRow(columns);
