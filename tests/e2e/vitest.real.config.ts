import { browserSuite } from './suite-config';

// The real-page suite in Chromium and Firefox: saved news sites and blogs, one browser for all.
export default browserSuite('tests/e2e/**/*.real.ts');
