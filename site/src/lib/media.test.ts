import { describe, expect, it } from 'vitest';
import { cmsImagePattern, cmsPicture, mediaUrl } from './media.ts';

describe('mediaUrl', () => {
  it('puts a path of the local upload provider under the CMS address', () => {
    expect(mediaUrl('/uploads/park_1a2b.jpg', 'https://cms.example.ru')).toBe('https://cms.example.ru/uploads/park_1a2b.jpg');
    expect(mediaUrl('/uploads/park.jpg', 'https://example.ru/cms/')).toBe('https://example.ru/cms/uploads/park.jpg');
  });

  it('keeps a full URL of a cloud provider', () => {
    expect(mediaUrl('https://storage.example.ru/park.jpg', 'https://cms.example.ru')).toBe('https://storage.example.ru/park.jpg');
  });
});

describe('cmsImagePattern', () => {
  it('allows the CMS origin, its port included', () => {
    expect(cmsImagePattern('http://127.0.0.1:1337')).toEqual({ protocol: 'http', hostname: '127.0.0.1', port: '1337' });
  });

  it('leaves out a default port and the path', () => {
    expect(cmsImagePattern('https://example.ru/cms/')).toEqual({ protocol: 'https', hostname: 'example.ru' });
  });
});

describe('cmsPicture', () => {
  const widths = [960, 480, 1440];

  it('encodes a large original in every width, the widest as the <img> size in its proportions', () => {
    expect(cmsPicture({ url: '/uploads/park.jpg', width: 4000, height: 3000 }, 'http://cms:1337', widths)).toEqual({
      src: 'http://cms:1337/uploads/park.jpg',
      widths: [480, 960, 1440],
      width: 1440,
      height: 1080,
    });
  });

  it('never enlarges: a narrow original is its own widest size', () => {
    expect(cmsPicture({ url: '/uploads/a.png', width: 800, height: 601 }, 'http://cms:1337', widths)).toMatchObject({ widths: [480, 800], width: 800, height: 601 });
    expect(cmsPicture({ url: '/uploads/a.png', width: 300, height: 200 }, 'http://cms:1337', widths)).toMatchObject({ widths: [300], width: 300, height: 200 });
    expect(cmsPicture({ url: '/uploads/a.png', width: 960, height: 640 }, 'http://cms:1337', widths)).toMatchObject({ widths: [480, 960], width: 960 });
  });

  it('has the build measure an image the CMS gave no size for', () => {
    expect(cmsPicture({ url: '/uploads/a.jpg', width: null, height: 10 }, 'http://cms:1337', widths)).toEqual({
      src: 'http://cms:1337/uploads/a.jpg',
      widths: [480, 960, 1440],
      inferSize: true,
    });
  });

  it('leaves alone an image a cloud provider keeps at its own address', () => {
    expect(cmsPicture({ url: 'https://storage.example.ru/a.jpg', width: 800, height: 600 }, 'http://cms:1337', widths)).toBeNull();
  });
});
