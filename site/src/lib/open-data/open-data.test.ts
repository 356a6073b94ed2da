import { fileURLToPath } from 'node:url';
import { publicContentTypes, type PortalStats } from '@portal/schema';
import { readCsv } from '@portal/schema/domain';
import { z } from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { addSampleProjects, addSampleSelection, seedDocuments } from '../../../test-fixtures/fake-strapi.ts';
import { CATALOGUE_FILE } from './catalogue.ts';
import { type Cell, rowSchema } from './dataset.ts';
import type { OpenDataSource } from './datasets.ts';
import { buildOpenData, DATASETS, openDataFiles } from './index.ts';

// Every file the open-data page offers is checked against its own description: the JSON rows
// against the dataset's fields, the CSV read back by an RFC 4180 reader that knows only what
// datapackage.json says (delimiter, types, decimal mark) and must give the JSON rows again.

const contentDir = fileURLToPath(new URL('../../../../content/', import.meta.url));
const SITE = 'https://100gorodov.example/';

/** The fake CMS's content with the sample projects, the draw and the announced finalists, as the loader parses it. */
async function sampleSource(): Promise<OpenDataSource> {
  const documents = await seedDocuments(contentDir);
  addSampleProjects(documents);
  addSampleSelection(documents, 'finalists');
  const entries = <K extends keyof typeof publicContentTypes>(key: K) =>
    z.array(publicContentTypes[key].entry).parse(documents.get(publicContentTypes[key].path)) as Array<z.output<(typeof publicContentTypes)[K]['entry']>>;
  const projects = entries('projects');
  // Text a spreadsheet or a careless writer would trip over: the separator, quotes, line breaks, a formula.
  projects[0] = { ...projects[0]!, title: 'Сквер «у реки»; "этап 1"', description: '=HYPERLINK("http://x")\nи вторая строка' };
  return {
    site: SITE,
    projects,
    refinements: entries('refinements'),
    ideas: entries('ideas'),
    practices: entries('bestPractices'),
    rounds: entries('selectionRounds'),
    draws: entries('draws'),
    stats: sampleStats(projects[0]!.reference, entries('ideas')[0]!.documentId),
  };
}

function sampleStats(project: string, idea: string): PortalStats {
  const zero = { received: 0, byDay: [], byRegion: {}, cities: 0, regions: 0 };
  return {
    residentsTotal: 3,
    generatedAt: '2020-04-01T00:00:00.000Z',
    rounds: [
      {
        year: 2020,
        applications: zero,
        residents: { voted: 3 },
        votes: {
          projects: 5,
          ideas: 2,
          byDay: [],
          byTarget: [
            { target: idea, kind: 'idea', project, date: '2020-03-02', count: 2 },
            { target: project, kind: 'project', project, date: '2020-03-02', count: 4 },
            { target: project, kind: 'project', project, date: '2020-03-01', count: 1 },
          ],
        },
        refinements: { submitted: 2, approved: 1 },
        experts: { count: 3, assigned: 6, submitted: 6 },
      },
    ],
  };
}

interface CatalogueField {
  name: string;
  type: string;
  example: Cell;
  decimalChar?: string;
  constraints?: { required: boolean };
}

/** A CSV cell as a reader of the catalogue would take it. */
function typedCell(text: string, field: CatalogueField): Cell {
  if (text === '') return null;
  if (field.type === 'integer') return Number(text);
  if (field.type === 'number') return Number(text.replace(field.decimalChar ?? '.', '.'));
  if (field.type === 'boolean') return text === 'true';
  // The page says: text that would start a formula carries a leading apostrophe in CSV only.
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

let source: OpenDataSource;
beforeAll(async () => {
  source = await sampleSource();
});

describe('the open-data files', () => {
  it('match their own schema: JSON rows by the field types, CSV read back through the catalogue gives the JSON rows', () => {
    const data = buildOpenData(source, {});
    const catalogue = JSON.parse(data.catalogue);
    const files = new Map(openDataFiles(data).map((f) => [f.path, f.body]));
    for (const resource of catalogue.resources) {
      const body = files.get(resource.path);
      expect(body, resource.path).toBeDefined();
      expect(Buffer.byteLength(body!, 'utf8'), `${resource.path} bytes`).toBe(resource.bytes);
      const fields: CatalogueField[] = resource.schema.fields;
      const dataset = DATASETS.find((d) => resource.path.startsWith(`${d.name}.`))!;
      expect(fields.map((f) => [f.name, f.type, f.example, f.constraints?.required ?? false])).toEqual(dataset.fields.map((f) => [f.name, f.type, f.example, f.required]));
      const schema = rowSchema(dataset.fields);
      for (const f of dataset.fields) expect(schema.shape[f.name]!.safeParse(f.example).success, `${dataset.name}.${f.name}: the example fits the type`).toBe(true);
      const jsonRows = JSON.parse(files.get(`${dataset.name}.json`)!);
      expect(z.array(schema).safeParse(jsonRows).error, dataset.name).toBeUndefined();
      if (resource.format !== 'csv') continue;
      expect(body!.startsWith('\uFEFF'), `${resource.path} BOM`).toBe(true);
      const [header, ...records] = readCsv(body!.slice(1), resource.dialect.delimiter);
      expect(header).toEqual(fields.map((f) => f.name));
      const rows = records.map((r) => Object.fromEntries(fields.map((f, i) => [f.name, typedCell(r[i]!, f)])));
      expect(rows, resource.path).toEqual(jsonRows);
    }
  });

  it('hold the sample data: quoted and defused text, votes per day, the announced ranking and draw', () => {
    const data = buildOpenData(source, {});
    const rows = (name: string) => data.datasets.find((d) => d.dataset.name === name)!.rows;
    const csv = (name: string) => data.datasets.find((d) => d.dataset.name === name)!.files[0]!.body;
    expect(rows('projects')).toHaveLength(2);
    expect(csv('projects')).toContain(`"Сквер «у реки»; ""этап 1"""`);
    expect(csv('projects')).toContain(`"'=HYPERLINK(""http://x"")\nи вторая строка"`);
    expect(rows('votes-daily').map((r) => [r.date, r.kind, r.votes])).toEqual([
      ['2020-03-01', 'project', 1],
      ['2020-03-02', 'idea', 2],
      ['2020-03-02', 'project', 4],
    ]);
    expect(rows('votes-daily')[1]!.ideaTitle).toBe('Площадка для воркаута');
    expect(rows('ranking')).toEqual([expect.objectContaining({ year: 2020, rank: 1, reference: '2020-000101', score: 87.3 })]);
    expect(csv('ranking')).toContain(';87,3\r\n');
    expect(rows('draws')).toHaveLength(1);
    expect(rows('draw-assignments').length).toBeGreaterThan(0);
    expect(rows('projects')[0]).not.toHaveProperty('team');
  });

  it('publish the ranking and the draw only once the round is announced', () => {
    const before = { ...source, projects: source.projects.map((p) => ({ ...p, stage: 'in_selection' as const, selectionRank: null, selectionScore: null })) };
    const data = buildOpenData(before, {});
    for (const name of ['ranking', 'draws', 'draw-projects', 'draw-experts', 'draw-assignments']) {
      expect(data.datasets.find((d) => d.dataset.name === name)!.rows, name).toEqual([]);
    }
  });

  it('are the same bytes whatever order the CMS answered in', () => {
    const shuffled: OpenDataSource = {
      ...source,
      projects: [...source.projects].reverse(),
      refinements: [...source.refinements].reverse(),
      practices: [...source.practices].reverse(),
      rounds: [...source.rounds].reverse(),
      stats: { ...source.stats, rounds: source.stats.rounds.map((r) => ({ ...r, votes: { ...r.votes, byTarget: [...r.votes.byTarget].reverse() } })) },
    };
    expect(openDataFiles(buildOpenData(shuffled, {}))).toEqual(openDataFiles(buildOpenData(source, {})));
  });

  it('name the licence: CC BY 4.0 by default, OPEN_DATA_LICENCE to change it, an unknown one stops the build', () => {
    const licences = (env: Record<string, string>) => JSON.parse(buildOpenData(source, env).catalogue).licenses;
    expect(licences({})).toEqual([expect.objectContaining({ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/deed.ru' })]);
    expect(licences({ OPEN_DATA_LICENCE: 'CC0-1.0' })[0].name).toBe('CC0-1.0');
    expect(() => buildOpenData(source, { OPEN_DATA_LICENCE: 'GPL' })).toThrow(/OPEN_DATA_LICENCE/);
    expect(openDataFiles(buildOpenData(source, {})).map((f) => f.path)).toContain(CATALOGUE_FILE);
  });

  it('refuse a row that does not match its fields, naming the dataset and the row', () => {
    const broken = { ...source, rounds: [{ ...source.rounds[0]!, votingStart: '1 марта' }] };
    expect(() => buildOpenData(broken, {})).toThrow(/open-data rounds, row 1/);
  });
});
