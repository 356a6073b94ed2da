// Lets a list page's script take over the links of a regions map (components/RegionMap.astro): a
// plain click or Enter on a tile filters the list in place instead of loading the page again, and
// the chosen tile is marked. Without a script the tiles stay ordinary links to ?region=….

/** Marks the tile of `region` as the current one in every map under `root` ('' marks «Все регионы»). */
export function markRegion(root: ParentNode, region: string): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('[data-region-map] a[data-region]')) {
    if (link.dataset.region === region) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
}

/**
 * The region a plain click on a map's link chooses ('' for «Все регионы»), or null when the click is
 * something else: elsewhere, another button, or with a modifier key (a new tab or window).
 */
export function chosenRegion(event: MouseEvent): string | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const target = event.target instanceof Element ? event.target : null;
  const link = target?.closest<HTMLAnchorElement>('[data-region-map] a[data-region]');
  return link ? (link.dataset.region ?? '') : null;
}
