import { describe, expect, it } from 'vitest';
import { isPrivatePath, robotsTxt } from './discovery.ts';

describe('discovery', () => {
  it('knows the private pages by path or full address, with or without the slash', () => {
    expect(isPrivatePath('/expert/')).toBe(true);
    expect(isPrivatePath('/application-status')).toBe(true);
    expect(isPrivatePath('https://100gorodov.example/practices/print/')).toBe(true);
    expect(isPrivatePath('/preview/')).toBe(true);
    expect(isPrivatePath('/practices/')).toBe(false);
    expect(isPrivatePath('https://100gorodov.example/practices/some-practice/')).toBe(false);
  });

  it('writes robots.txt naming the sitemap by its full address', () => {
    expect(robotsTxt('https://100gorodov.example')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://100gorodov.example/sitemap-index.xml\n');
  });
});
