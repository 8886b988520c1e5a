/** Jest runs the TypeScript sources directly through ts-jest; the specs mirror the source tree under tests/. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
  testMatch: ['**/*.test.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  // Jest's default 5 s per test is a timed assertion in disguise: the CLI specs write and read real
  // xlsx files and pass in ~1 s on a quiet machine but not on a loaded 2-core one. Speed is measured
  // in `npm run bench`; a spec only fails for what it asserts (or a real hang).
  testTimeout: 60_000,
};
