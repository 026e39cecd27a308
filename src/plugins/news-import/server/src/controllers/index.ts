import desk from './desk';
import newsImport from './news-import';
import review from './review';
import translations from './translations';

export default { desk, 'news-import': newsImport, review, translations };
