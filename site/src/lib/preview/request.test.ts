import { previewUrl } from '@portal/schema';
import { describe, expect, it } from 'vitest';
import { frameAncestorsDirective, parsePreviewRequest, previewFrameAncestors, previewHeaders, secretMatches } from './request.ts';

const SECRET = 'preview-secret-0123456789';
const SITE = 'https://100leaders.example';

/** The query of the address the CMS gives Strapi's Preview (cms/config/admin.ts). */
function fromCms(uid: string, documentId?: string, status?: string, secret = SECRET): URLSearchParams {
  const url = previewUrl(SITE, secret, { uid, documentId, status });
  if (!url) throw new Error(`no preview for ${uid}`);
  expect(new URL(url).origin + new URL(url).pathname).toBe(`${SITE}/preview/`);
  return new URL(url).searchParams;
}

describe('the CMS\'s preview address and the page that reads it', () => {
  it('gives every type with a public page a preview the page accepts, the draft by default', () => {
    const cases = [
      ['api::best-practice.best-practice', 'bestPractices'],
      ['api::success-story.success-story', 'successStories'],
      ['api::topic.topic', 'topics'],
      ['api::project.project', 'projects'],
      ['api::selection-round.selection-round', 'selectionRounds'],
      ['api::accelerator-module.accelerator-module', 'acceleratorModules'],
    ] as const;
    for (const [uid, type] of cases) {
      const request = parsePreviewRequest(fromCms(uid, 'abc123def456'), SECRET);
      expect(request).toEqual({ ok: true, query: { type, documentId: 'abc123def456', status: 'draft', secret: SECRET } });
    }
    for (const [uid, type] of [['api::programme.programme', 'programme'], ['api::platform.platform', 'platform']] as const) {
      expect(parsePreviewRequest(fromCms(uid, undefined, 'published'), SECRET)).toEqual({ ok: true, query: { type, status: 'published', secret: SECRET } });
    }
  });

  it('offers no preview for types without a page of their own, nor for an unsaved document', () => {
    for (const uid of ['api::vote.vote', 'api::application.application', 'api::refinement.refinement', 'plugin::users-permissions.user']) {
      expect(previewUrl(SITE, SECRET, { uid, documentId: 'abc' })).toBeNull();
    }
    expect(previewUrl(SITE, SECRET, { uid: 'api::topic.topic' })).toBeNull();
  });

  it('refuses a wrong or missing secret with 401 before reading anything else', () => {
    for (const params of [fromCms('api::topic.topic', 'abc', 'draft', 'guessed'), new URLSearchParams('type=nonsense')]) {
      const request = parsePreviewRequest(params, SECRET);
      expect(request).toMatchObject({ ok: false, status: 401 });
      expect(!request.ok && request.message).toMatch(/Нет доступа к предпросмотру/);
    }
  });

  it('answers 404 while the site has no PREVIEW_SECRET, whatever the request carries', () => {
    expect(parsePreviewRequest(fromCms('api::topic.topic', 'abc'), undefined)).toMatchObject({ ok: false, status: 404, message: expect.stringMatching(/PREVIEW_SECRET/) });
    expect(parsePreviewRequest(fromCms('api::topic.topic', 'abc'), '')).toMatchObject({ ok: false, status: 404 });
  });

  it('names each wrong field in Russian', () => {
    const bad = (query: string) => parsePreviewRequest(new URLSearchParams(`${query}&secret=${SECRET}`), SECRET);
    expect(bad('type=votes&documentId=abc')).toMatchObject({ ok: false, status: 400, message: expect.stringMatching(/«type»: Неизвестный тип материала/) });
    expect(bad('type=topics')).toMatchObject({ ok: false, status: 400, message: expect.stringMatching(/«documentId»: Не указан документ/) });
    expect(bad('type=topics&documentId=../admin')).toMatchObject({ ok: false, status: 400, message: expect.stringMatching(/«documentId»: Неверный идентификатор/) });
    expect(bad('type=topics&documentId=abc&status=archived')).toMatchObject({ ok: false, status: 400, message: expect.stringMatching(/«status»: Версия должна быть/) });
  });
});

describe('secretMatches', () => {
  it('accepts the secret only, whatever the lengths', () => {
    expect(secretMatches(SECRET, SECRET)).toBe(true);
    expect(secretMatches(`${SECRET}x`, SECRET)).toBe(false);
    expect(secretMatches(SECRET.slice(0, -1), SECRET)).toBe(false);
    expect(secretMatches('', '')).toBe(false);
  });
});

describe('the preview\'s headers', () => {
  it('let only the CMS\'s admin panel frame it, and keep it out of caches, search engines and referrers', () => {
    const ancestors = previewFrameAncestors({ STRAPI_URL: 'http://127.0.0.1:1337/', PREVIEW_FRAME_ANCESTORS: 'https://cms.example/admin, javascript:alert(1), nonsense' });
    expect(ancestors).toEqual(['http://127.0.0.1:1337', 'https://cms.example']);
    expect(frameAncestorsDirective(ancestors)).toBe('frame-ancestors http://127.0.0.1:1337 https://cms.example');
    expect(previewHeaders()).toEqual({ 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex, nofollow', 'Referrer-Policy': 'no-referrer' });
  });

  it('prefer the CMS\'s public address to the one the site reaches it by', () => {
    expect(previewFrameAncestors({ STRAPI_URL: 'http://cms.internal:1337', PUBLIC_CMS_URL: 'https://cms.example' })).toEqual(['https://cms.example']);
    expect(frameAncestorsDirective([])).toBe("frame-ancestors 'none'");
  });
});
