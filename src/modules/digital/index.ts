import { Module } from "@medusajs/framework/utils"
import licenseFastPathLoader from "./loaders/license-fast-path"
import DigitalModuleService from "./service"

export const DIGITAL_MODULE = "digital"

export default Module(DIGITAL_MODULE, { service: DigitalModuleService, loaders: [licenseFastPathLoader] })

export { parseLicenseOptions, type LicenseOptions } from "./options"
