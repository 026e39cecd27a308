import { canonicalText, splitLines } from '../segment';

const TITLE = 'الرئيس السيسي يستقبل وزير الخارجية الأمريكي';
const PARAGRAPH = 'استقبل الرئيس اليوم وزير الخارجية الأمريكي والوفد المرافق له.';

describe('splitLines', () => {
  it('returns the non-empty lines in order, whatever the line ends', () => {
    const expected = [TITLE, PARAGRAPH, 'اقرأ أيضاً'];
    for (const end of ['\n', '\r\n', '\r', '\u2028', '\u2029']) {
      expect(splitLines([TITLE, PARAGRAPH, 'اقرأ أيضاً'].join(end))).toEqual(expected);
    }
  });

  it('counts CRLF as one line break, not two', () => {
    expect(splitLines('أ\r\nب')).toEqual(['أ', 'ب']);
    expect(splitLines('أ\r\n\r\nب')).toEqual(['أ', 'ب']);
  });

  it('strips a byte order mark', () => {
    expect(splitLines(`\uFEFF${TITLE}\n${PARAGRAPH}`)).toEqual([TITLE, PARAGRAPH]);
  });

  it('drops blank lines, including lines of spaces, tabs and NBSPs', () => {
    expect(splitLines(`\n\n${TITLE}\n   \n\t\n\u00A0\n\n${PARAGRAPH}\n\n`)).toEqual([TITLE, PARAGRAPH]);
  });

  it('trims spaces, tabs and NBSPs at both ends of a line but keeps inner spacing', () => {
    expect(splitLines(`  ${TITLE} \t\u00A0\n\t${PARAGRAPH}   `)).toEqual([TITLE, PARAGRAPH]);
    expect(splitLines('السيسي   يستقبل')).toEqual(['السيسي   يستقبل']);
  });

  it('trims invisible bidi marks at line edges and drops lines made only of them', () => {
    expect(splitLines(`\u200F${TITLE}\u200F\n\u200E\u200B\n${PARAGRAPH}`)).toEqual([TITLE, PARAGRAPH]);
  });

  it('normalizes to NFC (alef + combining madda is the single letter آ)', () => {
    expect(splitLines('\u0627\u0653خر تطورات')).toEqual(['\u0622خر تطورات']);
    expect(splitLines('Cafe\u0301')).toEqual(['Café']);
  });

  it('leaves the words themselves alone: hamza forms, harakat and punctuation are kept', () => {
    const line = 'حماس تُرحب بإعلان إسبانيا: «خطوة شجاعة»؟';
    expect(splitLines(line)).toEqual([line]);
  });

  it('returns no lines for empty or blank text', () => {
    expect(splitLines('')).toEqual([]);
    expect(splitLines(' \r\n\t\n\u00A0')).toEqual([]);
  });
});

describe('canonicalText', () => {
  const lf = `${TITLE}\n\n${PARAGRAPH}\nاقرأ أيضاً\nمصر تواصل جهودها فى تقديم المساعدات`;

  it('joins the non-empty lines with LF', () => {
    expect(canonicalText(lf)).toBe(`${TITLE}\n${PARAGRAPH}\nاقرأ أيضاً\nمصر تواصل جهودها فى تقديم المساعدات`);
  });

  it('is the same for CRLF, trailing spaces, extra blank lines and a BOM', () => {
    const messy = `\uFEFF\r\n${lf
      .split('\n')
      .map((line) => `${line} \t`)
      .join('\r\n\r\n')}\r\n\r\n`;
    expect(canonicalText(messy)).toBe(canonicalText(lf));
  });

  it('differs when a word differs', () => {
    expect(canonicalText(lf.replace('تواصل', 'تواصلت'))).not.toBe(canonicalText(lf));
  });
});
