import { proposedIn, recognise } from './officials-fixture';

const proposedNames = (...paragraphs: string[]): string[] => proposedIn(recognise(...paragraphs)).map((m) => m.name);

describe('recogniseOfficials: a proposal is the whole name or nothing', () => {
  it('proposes a four-part name whose family name the given-name list does not know, whole', () => {
    expect(proposedNames('قال الدكتور محمد أحمد محمود الشناوي إن المشروع يتقدم')).toEqual(['محمد أحمد محمود الشناوي']);
    expect(proposedNames('قال الدكتور محمد أحمد عبد الغفار المنشاوي إن')).toEqual(['محمد أحمد عبد الغفار المنشاوي']);
  });

  it('reads an unknown word followed by a given name as a father’s name, and goes on', () => {
    expect(recognise('قال وزير الري الدكتور هاني سويلم عبد الغفار المنشاوي إن')).toEqual([
      expect.objectContaining({ name: 'هاني سويلم عبد الغفار المنشاوي', role: 'وزير الري', honorific: 'الدكتور' }),
    ]);
  });

  it('proposes nothing where the word after a chain of given names may be the family name or the sentence', () => {
    // `الاتفاق` and `سويلم` could each be the fourth part of the name: no proposal rather than a cut one.
    expect(proposedNames('وقع الدكتور محمد أحمد محمود الاتفاق')).toEqual([]);
    expect(proposedNames('قال الدكتور محمد أحمد محمود سويلم إن')).toEqual([]);
  });

  it('proposes nothing for a name longer than it reads, rather than its first five parts', () => {
    expect(proposedNames('قال الدكتور محمد أحمد محمود حسن الشناوي إن')).toEqual(['محمد أحمد محمود حسن الشناوي']);
    expect(proposedNames('قال الدكتور محمد أحمد محمود حسن إبراهيم الشناوي إن')).toEqual([]);
  });

  it('never proposes the tail of a name printed before its role', () => {
    expect(proposedNames('وقال هاني سويلم عبد الغفار المنشاوي وزير الري إن')).toEqual(['هاني سويلم عبد الغفار المنشاوي']);
    expect(proposedNames('وقال محمد نور الدين عبد الغفار حسن المنشاوي وزير الري إن')).toEqual([
      'محمد نور الدين عبد الغفار حسن المنشاوي',
    ]);
    expect(proposedNames('محمد أحمد محمود حسن إبراهيم الشناوي، وزير الري، قال')).toEqual([]);
  });

  it('reads compounds after a connector and a clan name as parts of one name', () => {
    expect(proposedNames('استقبل الأمير سلطان بن عبد الرحمن الوفد')).toEqual(['سلطان بن عبد الرحمن']);
    expect(proposedNames('استقبل الشيخ حمد بن جاسم آل ثاني الوفد')).toEqual(['حمد بن جاسم آل ثاني']);
  });

  it('near miss: a complete two-part name followed by the sentence keeps its two parts', () => {
    expect(proposedNames('وقع الرئيس الأمريكي دونالد ترامب الاتفاق')).toEqual(['دونالد ترامب']);
    expect(proposedNames('وقع الرئيس الأمريكي دونالد ترامب اتفاقا')).toEqual(['دونالد ترامب']);
    expect(proposedNames('التقى وزير الري الدكتور هاني سويلم وفدا من البنك الدولي.')).toEqual(['هاني سويلم']);
    expect(proposedNames('وقال المستشار صلاح الدين محمود إن')).toEqual(['صلاح الدين محمود']);
  });
});
