export * from "./deal"
export * from "./invoice"
export * from "./review"
export * from "./webhook"
