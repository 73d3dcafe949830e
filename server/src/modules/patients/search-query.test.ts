import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from './search-query.ts';

describe('parseSearchQuery', () => {
  it('reads an MRN', () => {
    expect(parseSearchQuery('100042')).toEqual({ mrns: ['100042'], birthDates: [], nameTokens: [] });
  });

  it('reads ISO and US birth dates, padding single-digit months and days', () => {
    expect(parseSearchQuery('1980-03-14').birthDates).toEqual(['1980-03-14']);
    expect(parseSearchQuery('03/14/1980').birthDates).toEqual(['1980-03-14']);
    expect(parseSearchQuery('3/4/1980').birthDates).toEqual(['1980-03-04']);
  });

  it('keeps impossible dates as text, so they match nothing instead of everything', () => {
    expect(parseSearchQuery('02/30/1980')).toEqual({ mrns: [], birthDates: [], nameTokens: ['02/30/1980'] });
    expect(parseSearchQuery('1980-13-01').birthDates).toEqual([]);
  });

  it('reads name tokens in any order, lowercased, ignoring commas', () => {
    expect(parseSearchQuery('Ruiz, Ana').nameTokens).toEqual(['ruiz', 'ana']);
    expect(parseSearchQuery('  ana   R ').nameTokens).toEqual(['ana', 'r']);
  });

  it('splits hyphenated names into words', () => {
    expect(parseSearchQuery('Jones-Smith').nameTokens).toEqual(['jones', 'smith']);
  });

  it('combines kinds', () => {
    expect(parseSearchQuery('ruiz 3/14/1980')).toEqual({ mrns: [], birthDates: ['1980-03-14'], nameTokens: ['ruiz'] });
  });

  it('treats an empty or missing query as no condition', () => {
    expect(parseSearchQuery(undefined)).toEqual({ mrns: [], birthDates: [], nameTokens: [] });
    expect(parseSearchQuery('   ')).toEqual({ mrns: [], birthDates: [], nameTokens: [] });
  });
});
