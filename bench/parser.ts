/**
 * The parser's throughput on Arabic text, with no Strapi in sight: MB/s of UTF-8 through the
 * parser, and through parser + officials recognition. Run in a worker thread of its own by
 * `measureParser` (bench/throughput.ts), and in the bench process beside it for comparison.
 */
import { stripInvisible } from '../src/plugins/news-import/server/src/language/invisible';
import { compileGazetteer, recogniseOfficials } from '../src/plugins/news-import/server/src/language/officials';
import { parseLines } from '../src/plugins/news-import/server/src/language/parse';
import { splitLines } from '../src/plugins/news-import/server/src/language/segment';
import type { KnownOfficial } from '../src/plugins/news-import/server/src/language/types';
import { now, round } from './stats';

export type ParserRates = { parseMBps: number; parseAndOfficialsMBps: number };

export const parserRates = (texts: string[], officials: KnownOfficial[], seconds: number): ParserRates => {
  const gazetteer = compileGazetteer(officials);
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  const parse = (text: string) => parseLines(splitLines(stripInvisible(text).text));
  const rate = (work: (text: string) => unknown) => {
    let done = 0;
    const start = now();
    while (now() - start < seconds * 1000) {
      for (const text of texts) work(text);
      done += bytes;
    }
    return round(done / 2 ** 20 / ((now() - start) / 1000));
  };
  return {
    parseMBps: rate(parse),
    parseAndOfficialsMBps: rate((text) => recogniseOfficials(parse(text), gazetteer)),
  };
};
