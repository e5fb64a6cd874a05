import { Drawer, Input, Select, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useUploadDigitalAsset } from "../hooks/digital-assets"
import { errorMessage } from "../lib/error-message"
import { useDigitalTranslation } from "../lib/i18n"
import { DrawerFormFooter } from "./drawer-form-footer"
import { FormField, TextareaField } from "./form-field"

type VariantOption = { id: string; title: string | null }

type DigitalAssetFormProps = {
  variants: VariantOption[]
  /** Prefilled when adding a version of an existing file. */
  initial?: { variant_id: string; name: string }
  onDone: () => void
}

type Field = "variant_id" | "name" | "version" | "file"

// The limits of the route's validator (src/api/admin/digital-assets/validators.ts).
const MAX_NAME = 200
const MAX_VERSION = 50
const MAX_CHANGELOG = 10_000

/** The body and footer of the "Add a version" drawer: variant, name, version, changelog and file, uploaded as multipart. */
export function DigitalAssetForm({ variants, initial, onDone }: DigitalAssetFormProps) {
  const { t } = useDigitalTranslation()
  const upload = useUploadDigitalAsset()
  const [variantId, setVariantId] = useState(initial?.variant_id ?? (variants.length === 1 ? variants[0].id : ""))
  const [name, setName] = useState(initial?.name ?? "")
  const [version, setVersion] = useState("")
  const [changelog, setChangelog] = useState("")
  const [file, setFile] = useState<File | null>(null)
  const [missing, setMissing] = useState<Set<Field>>(new Set())

  const errorOf = (field: Field) => (missing.has(field) ? t("required") : undefined)

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const absent = new Set<Field>()
    if (!variantId) absent.add("variant_id")
    if (!name.trim()) absent.add("name")
    if (!version.trim()) absent.add("version")
    if (!file) absent.add("file")
    setMissing(absent)
    if (absent.size > 0 || !file) {
      return
    }
    upload.mutate(
      { variant_id: variantId, name: name.trim(), version: version.trim(), changelog: changelog.trim(), file },
      {
        onSuccess: () => {
          toast.success(t("toastUploaded"))
          onDone()
        },
        // A 4xx answers why (duplicate version, file too large…): the js-sdk's error carries the server's message.
        onError: (failure) => toast.error(errorMessage(failure, t("errorUnknown"))),
      }
    )
  }

  return (
    <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden" data-testid="digital-asset-form">
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        <FormField id="digital-asset-variant" label={t("fieldVariant")} error={errorOf("variant_id")}>
          <Select value={variantId} onValueChange={setVariantId} size="small">
            <Select.Trigger id="digital-asset-variant" data-testid="digital-asset-variant" aria-invalid={errorOf("variant_id") ? true : undefined}>
              <Select.Value placeholder={t("fieldVariantPlaceholder")} />
            </Select.Trigger>
            <Select.Content>
              {variants.map((variant) => (
                <Select.Item key={variant.id} value={variant.id}>
                  {variant.title ?? t("variantUntitled")}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </FormField>
        <FormField id="digital-asset-name" label={t("fieldName")} hint={t("fieldNameHint")} error={errorOf("name")}>
          <Input
            id="digital-asset-name"
            size="small"
            value={name}
            maxLength={MAX_NAME}
            onChange={(event) => setName(event.target.value)}
            aria-invalid={errorOf("name") ? true : undefined}
            data-testid="digital-asset-name"
          />
        </FormField>
        <FormField id="digital-asset-version" label={t("fieldVersion")} error={errorOf("version")}>
          <Input
            id="digital-asset-version"
            size="small"
            value={version}
            maxLength={MAX_VERSION}
            placeholder={t("fieldVersionPlaceholder")}
            onChange={(event) => setVersion(event.target.value)}
            aria-invalid={errorOf("version") ? true : undefined}
            data-testid="digital-asset-version"
          />
        </FormField>
        <TextareaField
          id="digital-asset-changelog"
          label={t("fieldChangelog")}
          labelSuffix={t("optional")}
          value={changelog}
          onChange={setChangelog}
          rows={4}
          maxLength={MAX_CHANGELOG}
          testId="digital-asset-changelog"
        />
        <FormField id="digital-asset-file" label={t("fieldFile")} error={errorOf("file")}>
          <input
            id="digital-asset-file"
            type="file"
            className="txt-small text-ui-fg-subtle file:bg-ui-button-neutral file:text-ui-fg-base file:shadow-buttons-neutral file:mr-3 file:rounded-md file:border-0 file:px-2 file:py-1"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            aria-invalid={errorOf("file") ? true : undefined}
            data-testid="digital-asset-file"
          />
        </FormField>
        {upload.isError && (
          <Text size="small" className="text-ui-fg-error" data-testid="digital-asset-form-error">
            {errorMessage(upload.error, t("errorUnknown"))}
          </Text>
        )}
      </Drawer.Body>
      <DrawerFormFooter isSaving={upload.isPending} cancelLabel={t("cancel")} saveLabel={t("publish")} saveTestId="digital-asset-save" />
    </form>
  )
}
