/**
 * Splits CMS plain text into paragraphs on blank lines. The text stays text: pages render each
 * paragraph with `{…}`, which escapes it, never with `set:html`.
 */
export function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p.length > 0);
}

/**
 * Russian typesetting for display text: a dash never starts a line (the space before « — » becomes
 * a no-break space), and neither does a one- or two-letter preposition stay alone at a line's end.
 */
export function typeset(text: string): string {
  return text.replace(/ (—|–) /g, '\u00a0$1 ').replace(/(?<=^|[\s(«])([А-Яа-яЁё]{1,2}) /g, '$1\u00a0');
}

/** Cuts `text` to at most `max` characters at a word boundary, ending it with «…». */
export function clip(text: string, max: number): string {
  const chars = [...text.trim()];
  if (chars.length <= max) return chars.join('');
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:—–-]+$/u, '')}…`;
}
