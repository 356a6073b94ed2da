// The open-data files of a build and their machine-readable catalogue, a Frictionless Data Package
// (https://specs.frictionlessdata.io/data-package/): every dataset as CSV and JSON, described from its
// one definition (dataset.ts). Deterministic: the same content gives byte-identical files (no build
// time inside; the package's `created` is the newest moment the data itself records).
import { z } from 'zod';
import { CSV_DECIMAL_CHAR, CSV_DIALECT, type Dataset, datasetRows, type Row, toCsv, toJson } from './dataset.ts';

/** Where the files live on the site. */
export const OPEN_DATA_PATH = '/open-data/';
export const CATALOGUE_FILE = 'datapackage.json';

/** The licences the programme may publish its data under (OPEN_DATA_LICENCE), by SPDX id. */
export const LICENCES = {
  'CC-BY-4.0': { title: 'Creative Commons «Атрибуция» 4.0 Международная (CC BY 4.0)', path: 'https://creativecommons.org/licenses/by/4.0/deed.ru' },
  'CC-BY-SA-4.0': { title: 'Creative Commons «Атрибуция — На тех же условиях» 4.0 Международная (CC BY-SA 4.0)', path: 'https://creativecommons.org/licenses/by-sa/4.0/deed.ru' },
  'CC0-1.0': { title: 'Creative Commons CC0 1.0 — передача в общественное достояние', path: 'https://creativecommons.org/publicdomain/zero/1.0/deed.ru' },
  'ODbL-1.0': { title: 'Open Database License (ODbL) 1.0', path: 'https://opendatacommons.org/licenses/odbl/1-0/' },
} as const;
export type LicenceId = keyof typeof LICENCES;
export interface Licence {
  name: LicenceId;
  title: string;
  path: string;
}

const LicenceIdSchema = z.enum(Object.keys(LICENCES) as [LicenceId, ...LicenceId[]], {
  error: `OPEN_DATA_LICENCE: one of ${Object.keys(LICENCES).join(', ')}`,
});

/** The licence of the open data: OPEN_DATA_LICENCE (an SPDX id), CC BY 4.0 when unset. An unknown id stops the build. */
export function openDataLicence(env: { OPEN_DATA_LICENCE?: string | undefined }): Licence {
  const name = LicenceIdSchema.parse(env.OPEN_DATA_LICENCE?.trim() || 'CC-BY-4.0');
  return { name, ...LICENCES[name] };
}

export type Format = 'csv' | 'json';
export const FORMATS: Record<Format, { mediatype: string; label: string }> = {
  csv: { mediatype: 'text/csv', label: 'CSV' },
  json: { mediatype: 'application/json', label: 'JSON' },
};

export interface OpenDataFile {
  /** «projects.csv». */
  path: string;
  format: Format;
  mediatype: string;
  body: string;
  /** Size in bytes, as downloaded. */
  bytes: number;
}

export interface BuiltDataset<S> {
  dataset: Dataset<S>;
  rows: Row[];
  files: OpenDataFile[];
}

const file = (path: string, format: Format, body: string): OpenDataFile => ({ path, format, mediatype: FORMATS[format].mediatype, body, bytes: Buffer.byteLength(body, 'utf8') });

/** Every dataset's rows and files. */
export function buildDatasets<S>(datasets: readonly Dataset<S>[], source: S): BuiltDataset<S>[] {
  return datasets.map((dataset) => {
    const rows = datasetRows(dataset, source);
    return {
      dataset,
      rows,
      files: [file(`${dataset.name}.csv`, 'csv', toCsv(dataset.fields, rows)), file(`${dataset.name}.json`, 'json', toJson(dataset.fields, rows))],
    };
  });
}

export interface CatalogueInfo {
  /** The site's address, for the package's homepage. */
  site: string;
  licence: Licence;
  /** The newest timestamp the data carries (RFC 3339), or null for an empty portal. */
  created: string | null;
}

/** `datapackage.json`: one resource per file, CSV ones with their dialect, each with its Table Schema. */
export function catalogue<S>(built: readonly BuiltDataset<S>[], info: CatalogueInfo): string {
  const licenses = [{ name: info.licence.name, title: info.licence.title, path: info.licence.path }];
  const resources = built.flatMap(({ dataset, files }) =>
    files.map((f) => ({
      name: `${dataset.name}-${f.format}`,
      path: f.path,
      title: `${dataset.title} (${FORMATS[f.format].label})`,
      description: dataset.description,
      profile: 'tabular-data-resource',
      format: f.format,
      mediatype: f.mediatype,
      encoding: 'utf-8',
      bytes: f.bytes,
      ...(f.format === 'csv' ? { dialect: CSV_DIALECT } : {}),
      schema: {
        fields: dataset.fields.map((field) => ({
          name: field.name,
          type: field.type,
          description: field.description,
          example: field.example,
          ...(f.format === 'csv' && field.type === 'number' ? { decimalChar: CSV_DECIMAL_CHAR } : {}),
          ...(field.required ? { constraints: { required: true } } : {}),
        })),
        missingValues: [''],
      },
      licenses,
    })),
  );
  const pkg = {
    profile: 'tabular-data-package',
    name: 'gorodskie-lidery-open-data',
    title: 'Открытые данные программы «100 городских лидеров»',
    homepage: new URL(OPEN_DATA_PATH, info.site).href,
    ...(info.created ? { created: info.created } : {}),
    licenses,
    resources,
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
