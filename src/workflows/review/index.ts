export * from "./create-review"
export * from "./moderate-reviews"
export * from "./reply-to-review"
