import { carryLink, namesAcross, waitsFor, type SourceLink } from '../translation';

const source = (status: SourceLink['status'], targetDocumentId: string | null, confidence = 1): SourceLink => ({
  status,
  confidence,
  targetDocumentId,
});

describe('a link carried into a new locale', () => {
  const translated = new Set(['has-en']);

  it('keeps its target, status and confidence when the target is translated', () => {
    expect(carryLink(source('linked', 'has-en'), translated)).toEqual({
      status: 'linked',
      confidence: 1,
      targetDocumentId: 'has-en',
      waitsFor: null,
    });
    expect(carryLink(source('suggested', 'has-en', 0.76), translated)).toMatchObject({ status: 'suggested', confidence: 0.76 });
  });

  it('waits, unresolved, for a target that has no version in the locale yet', () => {
    expect(carryLink(source('linked', 'ar-only'), translated)).toEqual({
      status: 'unresolved',
      confidence: 0,
      targetDocumentId: null,
      waitsFor: 'ar-only',
    });
  });

  it('names nothing when the source named nothing, and stays rejected when an editor refused it', () => {
    expect(carryLink(source('unresolved', null, 0), translated)).toMatchObject({ status: 'unresolved', waitsFor: null });
    expect(carryLink(source('rejected', null, 0.4), translated)).toEqual({
      status: 'rejected',
      confidence: 0.4,
      targetDocumentId: null,
      waitsFor: null,
    });
  });
});

describe('which target a translated link waits for', () => {
  it('the one its source points at, while it is unresolved with no target', () => {
    expect(waitsFor({ status: 'unresolved', targetDocumentId: null }, source('linked', 'T'))).toBe('T');
    expect(waitsFor({ status: 'unresolved', targetDocumentId: null }, source('suggested', 'T', 0.8))).toBe('T');
  });

  it('none once an editor decided in the new locale, or when the source names nothing', () => {
    expect(waitsFor({ status: 'linked', targetDocumentId: 'other' }, source('linked', 'T'))).toBeNull();
    expect(waitsFor({ status: 'rejected', targetDocumentId: null }, source('linked', 'T'))).toBeNull();
    expect(waitsFor({ status: 'unresolved', targetDocumentId: null }, source('unresolved', null, 0))).toBeNull();
    expect(waitsFor({ status: 'unresolved', targetDocumentId: null }, source('rejected', null, 0))).toBeNull();
  });
});

describe('officials across locales through the gazetteer key', () => {
  const entries = [
    {
      key: 'antony-blinken',
      ar: { name: 'أنتوني بلينكن', aliases: ['بلينكن', 'انتوني بلينكن'] },
      en: { name: 'Antony Blinken', aliases: ['Blinken'] },
    },
    { key: 'ar-only', ar: { name: 'مسؤول محلي', aliases: [] } },
  ];

  it('maps a source name or alias to the same person in the locale', () => {
    const across = namesAcross(entries, 'ar', 'en');
    expect(across.get('أنتوني بلينكن')).toBe('Antony Blinken');
    expect(across.get('انتوني بلينكن')).toBe('Antony Blinken');
    expect(across.has('مسؤول محلي')).toBe(false);
    expect(namesAcross(entries, 'en', 'ar').get('Blinken')).toBe('أنتوني بلينكن');
  });
});
