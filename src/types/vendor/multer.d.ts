// The part of multer (the multipart parser Medusa's own upload routes use, a dependency of
// @medusajs/medusa) that Comptoir calls; multer ships no type declarations of its own.
declare module "multer" {
  import type { NextFunction, Request, Response } from "express"

  namespace multer {
    type Limits = { fieldNameSize?: number; fieldSize?: number; fields?: number; fileSize?: number; files?: number; parts?: number }
    type Options = { storage?: unknown; limits?: Limits }
    type Middleware = (req: Request, res: Response, next: NextFunction) => void
    interface Instance {
      single(fieldName: string): Middleware
    }
    /** A file held in memory (`memoryStorage`). */
    interface MemoryFile {
      fieldname: string
      originalname: string
      mimetype: string
      size: number
      buffer: Buffer
    }
    class MulterError extends Error {
      constructor(code: string, field?: string)
      code: string
      field?: string
    }
    function memoryStorage(): unknown
  }

  function multer(options?: multer.Options): multer.Instance
  export = multer
}
