export * from "./deal"
export * from "./review"
