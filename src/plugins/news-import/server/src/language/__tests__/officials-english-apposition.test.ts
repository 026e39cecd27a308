import { byId, recogniseEnglish } from './officials-fixture';

const found = (sentence: string) => recogniseEnglish(sentence).map((m) => [m.name, m.role, m.known]);

describe('recogniseOfficials: English roles after the name', () => {
  it('proposes the person named before a role in apposition, with the role as printed', () => {
    expect(found('Ossama Rabie, chairman of the Suez Canal Authority, said traffic rose.')).toEqual([
      ['Ossama Rabie', 'chairman of the Suez Canal Authority', false],
    ]);
    expect(found("Traffic rose, said Badr Abdelatty, Egypt's foreign minister.")).toEqual([
      ['Badr Abdelatty', "Egypt's foreign minister", false],
    ]);
  });

  it('ends the role where the sentence goes on without a comma', () => {
    expect(found('Ossama Rabie, chairman of the Suez Canal Authority said traffic rose.')).toEqual([
      ['Ossama Rabie', 'chairman of the Suez Canal Authority', false],
    ]);
  });

  it('counts a known official and his role in apposition once', () => {
    expect(byId(recogniseEnglish('Antony Blinken, the US Secretary of State, arrived.'), 'antony-blinken')?.mentions).toBe(1);
  });

  it('near miss: a capitalised phrase that is a place or an institution is no person', () => {
    expect(found('Egypt held talks with Saudi Arabia, chair of the Arab League summit.')).toEqual([]);
    expect(found('Loans from the World Bank, head of the donor group, rose.')).toEqual([]);
    expect(found('Suez Canal Authority, chairman of nothing, said.')).toEqual([]);
    expect(found('Fees rose for the Maersk Line, head of the shipping alliance.')).toEqual([]);
  });

  it('near miss: a name longer than three words is not cut to its last ones', () => {
    expect(found('Mohamed Ossama Rabie Hassan, chairman of the authority, said.')).toEqual([]);
  });

  it('near miss: a comma followed by no office names nobody', () => {
    expect(found('Ossama Rabie, who spoke on Monday, said traffic rose.')).toEqual([]);
    expect(found('In Cairo, chairman Ossama Rabie said ships returned.')).toEqual([]);
  });
});
