import { stripInvisible } from '../invisible';

describe('invisible characters', () => {
  it('removes bidi controls, marks, zero-width spaces and BOMs, and counts them', () => {
    const text = '\uFEFF\u202Eعنوان\u202C \u200Fالخبر\u200B\u2066 مهم\u2069';
    expect(stripInvisible(text)).toEqual({ text: 'عنوان الخبر مهم', removed: 7 });
  });

  it('keeps ZWNJ and ZWJ, which spelling and emoji need', () => {
    const text = 'می\u200Cخواهم 👨\u200D👩';
    expect(stripInvisible(text)).toEqual({ text, removed: 0 });
  });
});
