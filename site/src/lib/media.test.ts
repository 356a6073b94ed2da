import { describe, expect, it } from 'vitest';
import { mediaUrl } from './media.ts';

describe('mediaUrl', () => {
  it('puts a path of the local upload provider under the CMS address', () => {
    expect(mediaUrl('/uploads/park_1a2b.jpg', 'https://cms.example.ru')).toBe('https://cms.example.ru/uploads/park_1a2b.jpg');
    expect(mediaUrl('/uploads/park.jpg', 'https://example.ru/cms/')).toBe('https://example.ru/cms/uploads/park.jpg');
  });

  it('keeps a full URL of a cloud provider', () => {
    expect(mediaUrl('https://storage.example.ru/park.jpg', 'https://cms.example.ru')).toBe('https://storage.example.ru/park.jpg');
  });
});
