import { describe, expect, it } from 'vitest';
import { clip, paragraphs, typeset } from './text.ts';

describe('paragraphs', () => {
  it('splits on blank lines', () => {
    expect(paragraphs('Первый.\n\nВторой.')).toEqual(['Первый.', 'Второй.']);
  });

  it('treats several blank lines, spaces on them and CRLF as one break', () => {
    expect(paragraphs('Первый.\r\n \r\n\r\n\r\nВторой.\n')).toEqual(['Первый.', 'Второй.']);
  });

  it('joins the lines of one paragraph', () => {
    expect(paragraphs('Одна\nмысль')).toEqual(['Одна мысль']);
  });

  it('drops empty text', () => {
    expect(paragraphs('  \n\n ')).toEqual([]);
  });

  it('leaves markup as text for the page to escape', () => {
    expect(paragraphs('<script>alert(1)</script>')).toEqual(['<script>alert(1)</script>']);
  });
});

describe('typeset', () => {
  it('binds a dash to the word before it', () => {
    expect(typeset('Чусовой — лыжная столица России')).toBe('Чусовой\u00a0— лыжная столица России');
  });

  it('binds short words to the word after them', () => {
    expect(typeset('Проекты в городе и на селе')).toBe('Проекты в\u00a0городе и\u00a0на\u00a0селе');
  });
});

describe('clip', () => {
  it('keeps a short text as it is', () => {
    expect(clip('  Парк у реки ', 20)).toBe('Парк у реки');
  });

  it('cuts a long one at a word boundary, drops the dangling punctuation and ends it with «…»', () => {
    const cut = clip('Парк, который проектируют горожане Сургута всем городом', 30);
    expect(cut).toBe('Парк, который проектируют…');
    expect([...cut].length).toBeLessThanOrEqual(30);
  });

  it('cuts inside a word that is longer than half the limit', () => {
    expect(clip('Достопримечательность', 10)).toBe('Достоприм…');
  });
});
