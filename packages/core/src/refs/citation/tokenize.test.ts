import { describe, expect, it } from 'vitest';
import { _isCapitalized, _joinCores, _matchPhrase, _phraseKeys, _tokenize } from './tokenize';

describe('_tokenize', () => {
  it('splits on every Unicode space and strips quotes, brackets and punctuation into lead/trail', () => {
    const text = '“Chỉ thị\u00a0số 04/CT-UBND,\u3000(ngày 02/3/2017).';
    const t = _tokenize(text);
    expect(t.map((x) => x.core)).toEqual(['Chỉ', 'thị', 'số', '04/CT-UBND', 'ngày', '02/3/2017']);
    expect(t[0]).toMatchObject({ lead: '“', trail: '' });
    expect(t[3]).toMatchObject({ trail: ',' });
    expect(t[4]).toMatchObject({ lead: '(' });
    expect(t[5]).toMatchObject({ trail: ').' });
    for (const x of t) expect(text.slice(x.coreStart, x.coreEnd)).toBe(x.core);
  });

  it('keys are accent- and case-insensitive, NFD or NFC alike', () => {
    const nfc = _tokenize('Ủy ban Nhân dân');
    const nfd = _tokenize('Ủy ban Nhân dân'.normalize('NFD'));
    expect(nfc.map((x) => x.key)).toEqual(['uy', 'ban', 'nhan', 'dan']);
    expect(nfd.map((x) => x.key)).toEqual(nfc.map((x) => x.key));
    expect(nfd.map((x) => x.lower)).toEqual(nfc.map((x) => x.lower));
  });

  it('gives nothing for blank text', () => {
    expect(_tokenize(' \n\t\u200a ')).toEqual([]);
  });
});

describe('phrase helpers', () => {
  it('matches a phrase only when inner words carry no punctuation', () => {
    const keys = _phraseKeys('Bộ Chính trị');
    expect(_matchPhrase(_tokenize('của Bộ Chính trị.'), 1, keys)).toBe(true);
    expect(_matchPhrase(_tokenize('của Bộ, Chính trị'), 1, keys)).toBe(false);
    expect(_matchPhrase(_tokenize('của Bộ Chính'), 1, keys)).toBe(false);
  });

  it('joins cores with single spaces across page breaks', () => {
    const t = _tokenize('của Ủy\n\nban nhân dân');
    expect(_joinCores(t, 1, 5)).toBe('Ủy ban nhân dân');
  });

  it('tells capitalized words', () => {
    expect(_isCapitalized('Đà')).toBe(true);
    expect(_isCapitalized('đà')).toBe(false);
    expect(_isCapitalized('04')).toBe(false);
  });
});
