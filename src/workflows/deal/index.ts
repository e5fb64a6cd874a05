export * from "./create-deal"
export * from "./update-deal"
export * from "./delete-deal"
export * from "./record-deal-sales"
