export * from "./deal"
