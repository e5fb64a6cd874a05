export * from "./activate-license"
export * from "./deactivate-license"
export * from "./issue-order-licenses"
export * from "./set-license-status"
