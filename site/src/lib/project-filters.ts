/** The list filters of /projects/: empty means «all». */
export interface ProjectFilters {
  topic: string;
  region: string;
}

export function matchesProjectFilters(project: { topic: string; region: string }, filters: ProjectFilters): boolean {
  return (!filters.topic || project.topic === filters.topic) && (!filters.region || project.region === filters.region);
}
