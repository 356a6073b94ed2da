// Every open dataset in the order the page lists them, and the whole set of files a build publishes.
import { type BuiltDataset, buildDatasets, CATALOGUE_FILE, catalogue, type Licence, openDataLicence } from './catalogue.ts';
import { type OpenDataSource, practicesDataset, projectsDataset, refinementsDataset, roundsDataset, stagesDataset, timestamp, votesDataset } from './datasets.ts';
import { drawAssignmentsDataset, drawExpertsDataset, drawProjectsDataset, drawsDataset, rankingDataset } from './results.ts';

export const DATASETS = [
  projectsDataset,
  votesDataset,
  refinementsDataset,
  practicesDataset,
  roundsDataset,
  stagesDataset,
  rankingDataset,
  drawsDataset,
  drawProjectsDataset,
  drawExpertsDataset,
  drawAssignmentsDataset,
] as const;

export interface OpenData {
  datasets: BuiltDataset<OpenDataSource>[];
  licence: Licence;
  /** The newest moment the data itself records (a submission, a refinement, an answer, a draw): the package's `created`. */
  created: string | null;
  /** datapackage.json. */
  catalogue: string;
}

/** The newest timestamp in the data, so that the catalogue carries a date without the build's clock. */
function newestDate(source: OpenDataSource): string | null {
  const dates = [
    ...source.projects.map((p) => p.submittedAt),
    ...source.refinements.flatMap((r) => [r.createdAt, r.respondedAt]),
    ...source.draws.map((d) => d.drawnAt),
  ].map(timestamp);
  return dates.reduce<string | null>((max, d) => (d && (!max || d > max) ? d : max), null);
}

export function buildOpenData(source: OpenDataSource, env: { OPEN_DATA_LICENCE?: string | undefined }): OpenData {
  const datasets = buildDatasets(DATASETS, source);
  const licence = openDataLicence(env);
  const created = newestDate(source);
  return { datasets, licence, created, catalogue: catalogue(datasets, { site: source.site, licence, created }) };
}

/** Every file under /open-data/: each dataset's CSV and JSON, and the catalogue. */
export function openDataFiles(data: OpenData): Array<{ path: string; mediatype: string; body: string }> {
  return [
    ...data.datasets.flatMap((d) => d.files),
    { path: CATALOGUE_FILE, mediatype: 'application/json', body: data.catalogue },
  ];
}
