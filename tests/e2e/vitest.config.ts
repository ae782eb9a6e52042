import { browserSuite } from './suite-config';

// End-to-end tests: real Chromium and Firefox with the built extension.
export default browserSuite('tests/e2e/**/*.e2e.ts');
