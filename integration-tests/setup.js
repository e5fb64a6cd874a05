// Each test file boots its own MikroORM: forget the entities a previous file registered.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()
