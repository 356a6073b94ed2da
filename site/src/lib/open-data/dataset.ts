// One definition per open dataset: its fields (name, type, meaning, example) and how its rows are
// made from the site's public collections. The page's data dictionary, the Frictionless catalogue
// (datapackage.json), the CSV and JSON files and the check each row passes all come from it, so that
// they cannot disagree.
import { csvText } from '@portal/schema/domain';
import { z } from 'zod';

/** Table Schema types the datasets use (https://specs.frictionlessdata.io/table-schema/#types-and-formats). */
export type FieldType = 'string' | 'integer' | 'number' | 'date' | 'datetime' | 'boolean';
export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

export interface Field {
  name: string;
  type: FieldType;
  /** What the field means, in Russian: the data dictionary's «Значение». */
  description: string;
  /** A value as it appears in the JSON file. */
  example: Exclude<Cell, null>;
  /** False when the cell may be empty (null in JSON, nothing in CSV). */
  required: boolean;
}

export interface Dataset<S> {
  /** The files' base name: /open-data/<name>.csv and .json. */
  name: string;
  title: string;
  description: string;
  fields: readonly Field[];
  /** What an empty file means (e.g. «появится после объявления итогов»). */
  whenEmpty: string;
  /** The rows, in a stable order that does not depend on the order the CMS answered in. */
  rows(source: S): Row[];
}

/** A field; `required` unless the example says otherwise with `optional`. */
export const field = (name: string, type: FieldType, description: string, example: Exclude<Cell, null>, optional = false): Field => ({
  name,
  type,
  description,
  example,
  required: !optional,
});

export const defineDataset = <S>(dataset: Dataset<S>): Dataset<S> => dataset;

/** The CSV dialect of every file: `;` (what Russian Excel expects), RFC 4180 quoting, CRLF, UTF-8 with a BOM. */
export const CSV_DIALECT = { delimiter: ';', doubleQuote: true, quoteChar: '"', lineTerminator: '\r\n', header: true } as const;
/** Numbers in CSV files are written with a decimal comma (Russian Excel); JSON keeps JSON numbers. */
export const CSV_DECIMAL_CHAR = ',';
const BOM = '\uFEFF';

const cellSchemas: Record<FieldType, z.ZodType> = {
  string: z.string(),
  integer: z.number().int(),
  number: z.number(),
  date: z.iso.date(),
  datetime: z.iso.datetime({ offset: true }),
  boolean: z.boolean(),
};

/** The zod schema of one row of `fields`: exactly these keys, each of its type, null only where optional. */
export function rowSchema(fields: readonly Field[]) {
  return z.strictObject(Object.fromEntries(fields.map((f) => [f.name, f.required ? cellSchemas[f.type] : cellSchemas[f.type].nullable()])));
}

/** The rows of a dataset, each checked against the dataset's own fields: a wrong row fails the build, naming it. */
export function datasetRows<S>(dataset: Dataset<S>, source: S): Row[] {
  const schema = rowSchema(dataset.fields);
  return dataset.rows(source).map((row, index) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) throw new Error(`open-data ${dataset.name}, row ${index + 1}: ${z.prettifyError(parsed.error)}`);
    return row;
  });
}

/** One CSV cell as written: text defused and quoted by the shared rule, numbers with a decimal comma. */
export function csvCell(value: Cell, type: FieldType): string {
  if (value === null) return '';
  if (typeof value === 'number') return type === 'number' ? String(value).replace('.', CSV_DECIMAL_CHAR) : String(value);
  if (typeof value === 'boolean') return String(value);
  return csvText(value);
}

export function toCsv(fields: readonly Field[], rows: readonly Row[]): string {
  const lines = [fields.map((f) => csvText(f.name)), ...rows.map((row) => fields.map((f) => csvCell(row[f.name] ?? null, f.type)))];
  return BOM + lines.map((cells) => cells.join(CSV_DIALECT.delimiter) + CSV_DIALECT.lineTerminator).join('');
}

/** The JSON file: an array of row objects, keys in the fields' order, two-space indented. */
export function toJson(fields: readonly Field[], rows: readonly Row[]): string {
  const ordered = rows.map((row) => Object.fromEntries(fields.map((f) => [f.name, row[f.name] ?? null])));
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** The data dictionary's «Тип», in Russian. */
export const FIELD_TYPE_LABELS: Record<FieldType, string> = {
  string: 'текст',
  integer: 'целое число',
  number: 'число',
  date: 'дата (ГГГГ-ММ-ДД)',
  datetime: 'дата и время (UTC, ISO 8601)',
  boolean: 'логическое (true / false)',
};
