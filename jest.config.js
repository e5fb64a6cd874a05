const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

// Three projects: pure functions, module tests (one DB per file, ~3 s) and HTTP tests
// (one Medusa boot per file, ~10 s: group them by capability).
const swc = (tsx, syntax = "typescript") => [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax, tsx, decorators: true },
      transform: { decoratorMetadata: true, legacyDecorator: true, react: { runtime: "automatic" } },
      target: "es2021",
    },
  },
]
// .tsx apart: with tsx on, `<T>value` casts in .ts files would parse as JSX (e-mail templates
// are .tsx). @react-email/render's CommonJS build loads react-dom/server with `await import()`, which
// Node runs but Jest's CommonJS sandbox refuses ("A dynamic import callback was invoked
// without --experimental-vm-modules"): compile that one package too, turning it into require().
const transform = {
  "/node_modules/@react-email/render/.+\\.cjs$": swc(false, "ecmascript"),
  "^.+\\.tsx$": swc(true),
  "^.+\\.[jt]sx?$": swc(false),
}
const common = {
  transform,
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  modulePathIgnorePatterns: ["<rootDir>/dist/", "<rootDir>/.medusa/", "<rootDir>/backend/", "<rootDir>/storefront/"],
  transformIgnorePatterns: ["/node_modules/(?!@react-email/render/)"],
  setupFiles: ["<rootDir>/integration-tests/setup.js"],
}

module.exports = {
  projects: [
    { ...common, displayName: "unit", testMatch: ["<rootDir>/src/**/__tests__/**/*.unit.spec.[jt]s"] },
    { ...common, displayName: "module", testMatch: ["<rootDir>/src/modules/*/__tests__/**/*.spec.[jt]s"], testPathIgnorePatterns: ["\\.unit\\.spec\\."] },
    { ...common, displayName: "http", testMatch: ["<rootDir>/integration-tests/http/**/*.spec.[jt]s"] },
  ],
}
