/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Two projects: `unit` (unit and component tests, which need no build: `npm run test:unit`) and `build`
// (checks on the built site in dist/: `npm run test:build` after `npm run build`). `vitest run` runs both.
// The browser journeys in tests/e2e are Playwright's.
const TESTS = 'tests/**/*.test.{ts,tsx}';
const BUILD_TESTS = 'tests/build/**';

export default getViteConfig({
  test: {
    setupFiles: ['tests/setup.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: [TESTS], exclude: [BUILD_TESTS, 'tests/e2e/**'] } },
      { extends: true, test: { name: 'build', include: [`${BUILD_TESTS}/*.test.{ts,tsx}`] } },
    ],
  },
});
