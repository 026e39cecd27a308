import desk from './desk';
import newsImport from './news-import';
import review from './review';

export default { desk, 'news-import': newsImport, review };
