// A scan of a built site for personal data: every text file (HTML, JSON, CSV, XML, SVG, JS, text) is
// searched for known values (applicants' contacts and CVs, experts' names and comments, voters'
// hashes, status-link tokens) and for anything shaped like an e-mail address, a Russian phone number,
// a 64-hex hash or a status-link token, except the values the programme publishes on purpose.
// Text is compared after decoding HTML entities and JSON escapes, case-insensitively, with runs of
// white space (no-break spaces included) taken as one space, so that typesetting cannot hide a value.
// Plain erasable TypeScript: Node runs it as is.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { REFERENCE_FORMAT } from '@portal/schema';

export interface KnownValue {
  value: string;
  /** What it is, for the report: «почта лидера заявки 2025-000001». */
  what: string;
}

export interface ScanRules {
  /** Personal data the site must not contain. */
  known: readonly KnownValue[];
  /** Values published on purpose (the programme's contacts, the draw's seed hash, public names): never reported. */
  allowed?: readonly string[];
}

export interface Finding {
  file: string;
  what: string;
  value: string;
  /** The text around the value. */
  excerpt: string;
}

/** Extensions of the files scanned; images and fonts are binary. */
export const TEXT_EXTENSIONS = ['.html', '.htm', '.json', '.csv', '.xml', '.svg', '.txt', '.js', '.mjs', '.css', '.webmanifest', '.md', '.rss', '.atom'];

const PATTERNS: Array<{ what: string; regex: RegExp; key: (match: string) => string }> = [
  // An e-mail address; not a retina image name (icon@2x.png) or a package (name@1.2.3).
  { what: 'адрес электронной почты', regex: /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?!(?:png|jpe?g|webp|avif|gif|svg|js|css)\b)[a-zа-я]{2,}/giu, key: (m) => m.toLowerCase() },
  // A Russian phone number in any usual writing: +7 912 345-67-89, 8 (912) 3456789, +79123456789.
  { what: 'номер телефона', regex: /(?<![\d.,])(?:\+7|8)[\s(-]{0,2}\d{3}[\s)-]{0,2}\d{3}[\s-]?\d{2}[\s-]?\d{2}(?![\d.,]\d|\d)/g, key: (m) => m.replace(/\D/g, '').slice(-10) },
  { what: 'хеш из 64 шестнадцатеричных знаков', regex: /(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])/gi, key: (m) => m.toLowerCase() },
  { what: 'токен ссылки на статус заявки', regex: new RegExp(String.raw`${REFERENCE_FORMAT}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])`, 'g'), key: (m) => m },
];

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', laquo: '«', raquo: '»', mdash: '—', ndash: '–' };

/** The text as a reader sees it: entities and JSON escapes decoded, white space runs as one space, lower case. */
export function normaliseText(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&([a-z]+);/gi, (entity, name: string) => ENTITIES[name.toLowerCase()] ?? entity)
    .replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\[nrt]/g, ' ')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .toLowerCase();
}

/** The key a value is compared by: a phone by its last ten digits, anything else as normalised text. */
function keyOf(value: string): string {
  const text = normaliseText(value).trim();
  const digits = text.replace(/\D/g, '');
  return /^[+\d\s()-]+$/.test(text) && digits.length >= 10 ? digits.slice(-10) : text;
}

const excerpt = (text: string, at: number, length: number) => text.slice(Math.max(0, at - 60), at + length + 60);

export interface PrivacyScanner {
  scanText(text: string, file: string): Finding[];
}

/** A scanner for `rules`. Known free text is found through an index of its first characters, so thousands of values cost one pass. */
export function privacyScanner(rules: ScanRules): PrivacyScanner {
  const allowed = new Set((rules.allowed ?? []).map(keyOf));
  const known = new Map<string, string>();
  for (const k of rules.known) {
    const key = keyOf(k.value);
    if (key && !allowed.has(key) && !known.has(key)) known.set(key, k.what);
  }
  // Free text (names, CVs, comments) is looked up by its first `width` characters at every position.
  const texts = [...known.keys()].filter((key) => !PATTERNS.some((p) => new RegExp(`^(?:${p.regex.source})$`, p.regex.flags.replace('g', '')).test(key)) && !/^\d{10}$/.test(key));
  const width = Math.max(4, Math.min(16, ...texts.map((t) => t.length)));
  const byPrefix = new Map<string, string[]>();
  for (const t of texts) byPrefix.set(t.slice(0, width), [...(byPrefix.get(t.slice(0, width)) ?? []), t]);

  return {
    scanText(raw, file) {
      const text = normaliseText(raw);
      const findings: Finding[] = [];
      for (const pattern of PATTERNS) {
        for (const match of text.matchAll(pattern.regex)) {
          const key = pattern.key(match[0]);
          if (allowed.has(key)) continue;
          findings.push({ file, what: known.get(key) ?? pattern.what, value: match[0], excerpt: excerpt(text, match.index, match[0].length) });
        }
      }
      if (byPrefix.size === 0) return findings;
      for (let i = 0; i + width <= text.length; i++) {
        const candidates = byPrefix.get(text.slice(i, i + width));
        for (const value of candidates ?? []) {
          if (text.startsWith(value, i)) findings.push({ file, what: known.get(value)!, value, excerpt: excerpt(text, i, value.length) });
        }
      }
      return findings;
    },
  };
}

/** Every text file under `dir`, scanned; `files` counts them, so that a report shows the scan saw the site. */
export function scanDirectory(dir: string, rules: ScanRules): { files: number; findings: Finding[] } {
  const scanner = privacyScanner(rules);
  const files = readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && TEXT_EXTENSIONS.includes(extname(e.name).toLowerCase()))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  const findings = files.flatMap((f) => scanner.scanText(readFileSync(f, 'utf8'), relative(dir, f)));
  return { files: files.length, findings };
}

/** The findings as lines a reader can act on. */
export const findingsReport = (findings: readonly Finding[]): string =>
  findings.map((f) => `${f.file}: ${f.what} «${f.value}» … ${f.excerpt.replace(/\s+/g, ' ')} …`).join('\n');
