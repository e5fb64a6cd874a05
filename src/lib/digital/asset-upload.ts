import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"

/** The largest asset file accepted (bytes); held in memory while it is stored, as Medusa's own uploads are. */
export const MAX_ASSET_BYTES = 100 * 1024 * 1024

export type UploadedAssetFile = multer.MemoryFile

const parseOneFile = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_ASSET_BYTES, files: 1, fields: 10, fieldSize: 64 * 1024, parts: 11 },
}).single("file")

const LIMIT_MESSAGES: Record<string, string> = {
  LIMIT_FILE_SIZE: `The file is larger than the ${MAX_ASSET_BYTES / 1024 / 1024} MB allowed`,
  LIMIT_FILE_COUNT: "Send one file only, in the `file` field",
  LIMIT_UNEXPECTED_FILE: "Send one file only, in the `file` field",
}

/**
 * Reads a multipart upload (one file in `file`, the other fields into the body) into memory,
 * like Medusa's `/admin/uploads`; an upload it cannot read, or over a limit, is a 400.
 */
export function receiveAssetFile(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  parseOneFile(req, res, (error?: unknown) => {
    if (!error) return next()
    const message = error instanceof multer.MulterError ? LIMIT_MESSAGES[error.code] ?? `The upload is not valid: ${error.message}` : `The upload could not be read: ${(error as Error).message}`
    next(new MedusaError(MedusaError.Types.INVALID_DATA, message))
  })
}

/** The file `receiveAssetFile` read, if any. */
export const uploadedAssetFile = (req: MedusaRequest): UploadedAssetFile | undefined => (req as MedusaRequest & { file?: UploadedAssetFile }).file
