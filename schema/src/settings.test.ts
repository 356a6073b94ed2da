import { describe, expect, it } from 'vitest';
import { isReference, REFERENCE_FORMAT, ReferenceSchema } from './index.js';
import { DEFAULT_SITE_URL, DEFAULT_VIDEO_HOSTS, parseSiteUrl, parseVideoHosts } from './settings.js';

describe('parseVideoHosts', () => {
  it('trims, lower-cases and strips www.', () => {
    expect(parseVideoHosts(' rutube.ru, WWW.YouTube.com ,,vk.com ')).toEqual(['rutube.ru', 'youtube.com', 'vk.com']);
  });

  it('gives the defaults when unset, empty or blank', () => {
    for (const raw of [undefined, '', '  ', ' , ,']) expect(parseVideoHosts(raw)).toEqual(DEFAULT_VIDEO_HOSTS);
  });
});

describe('parseSiteUrl', () => {
  it('trims and drops trailing slashes', () => {
    expect(parseSiteUrl(' https://100gorodov.ru// ')).toBe('https://100gorodov.ru');
  });

  it('gives the local dev address when unset or blank', () => {
    expect(parseSiteUrl(undefined)).toBe(DEFAULT_SITE_URL);
    expect(parseSiteUrl('  ')).toBe('http://localhost:8888');
  });
});

describe('the reference format', () => {
  it('is the year and six digits, the same for the schema, the predicate and the pattern', () => {
    for (const good of ['2020-000123', '2026-999999']) {
      expect(isReference(good)).toBe(true);
      expect(ReferenceSchema.safeParse(good).success).toBe(true);
    }
    for (const bad of ['2020-00123', '20-000123', '2020-0001234', ' 2020-000123', 2020, null]) {
      expect(isReference(bad)).toBe(false);
      expect(ReferenceSchema.safeParse(bad).success).toBe(false);
    }
    expect(new RegExp(REFERENCE_FORMAT).exec('№ 2020-000123.')?.[0]).toBe('2020-000123');
  });
});
