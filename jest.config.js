const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

// Three projects: pure functions, module tests (one DB per file, ~3 s) and HTTP tests
// (one Medusa boot per file, ~10 s: group them by capability).
const transform = {
  "^.+\\.[jt]sx?$": [
    "@swc/jest",
    {
      jsc: {
        parser: { syntax: "typescript", decorators: true },
        transform: { decoratorMetadata: true, legacyDecorator: true },
        target: "es2021",
      },
    },
  ],
}
const common = {
  transform,
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["<rootDir>/dist/", "<rootDir>/.medusa/", "<rootDir>/backend/", "<rootDir>/storefront/"],
  setupFiles: ["<rootDir>/integration-tests/setup.js"],
}

module.exports = {
  projects: [
    { ...common, displayName: "unit", testMatch: ["<rootDir>/src/**/__tests__/**/*.unit.spec.[jt]s"] },
    { ...common, displayName: "module", testMatch: ["<rootDir>/src/modules/*/__tests__/**/*.spec.[jt]s"], testPathIgnorePatterns: ["\\.unit\\.spec\\."] },
    { ...common, displayName: "http", testMatch: ["<rootDir>/integration-tests/http/**/*.spec.[jt]s"] },
  ],
}
