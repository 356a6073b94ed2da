import { describe, expect, it } from 'vitest';
import type { StrapiEntry } from '../loaders/strapi-client.ts';
import { withModule } from './page-props.ts';

const module = (number: number, title: string) => ({ number, title, result: `Результат ${number}` }) as StrapiEntry<'acceleratorModules'>;

describe('withModule (the accelerator page with a draft module)', () => {
  it('puts the draft in place of the published module of its number, or adds it in number order', () => {
    const published = [module(1, 'Первый'), module(2, 'Второй'), module(4, 'Четвёртый')];
    expect(withModule(published, module(2, 'Второй, черновик')).map((m) => m.title)).toEqual(['Первый', 'Второй, черновик', 'Четвёртый']);
    expect(withModule(published, module(3, 'Новый')).map((m) => m.number)).toEqual([1, 2, 3, 4]);
    expect(published.map((m) => m.title)).toEqual(['Первый', 'Второй', 'Четвёртый']);
  });
});
