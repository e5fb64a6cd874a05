import { Trash } from "@medusajs/icons"
import { Button, IconButton } from "@medusajs/ui"
import type { ReactNode } from "react"

type RowListFieldsProps<Row extends { key: number }> = {
  rows: Row[]
  onChange: (rows: Row[]) => void
  /** A blank row, appended by the add button. */
  newRow: () => Row
  /** The inputs of one row; `update` merges a change into that row. */
  renderRow: (row: Row, index: number, update: (patch: Partial<Omit<Row, "key">>) => void) => ReactNode
  addLabel: string
  removeLabel: string
  rowTestId: string
  addTestId: string
  /** Classes of the list and of each row; the defaults lay each row out as one line. */
  className?: string
  rowClassName?: string
}

/** Edits a list of rows of inputs, each with a remove button, plus a button that adds a blank row. */
export function RowListFields<Row extends { key: number }>({
  rows,
  onChange,
  newRow,
  renderRow,
  addLabel,
  removeLabel,
  rowTestId,
  addTestId,
  className = "flex flex-col gap-y-2",
  rowClassName = "flex items-center gap-x-2",
}: RowListFieldsProps<Row>) {
  const update = (key: number, patch: Partial<Omit<Row, "key">>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)))

  return (
    <div className={className}>
      {rows.map((row, index) => (
        <div key={row.key} className={rowClassName} data-testid={rowTestId}>
          {renderRow(row, index, (patch) => update(row.key, patch))}
          <IconButton
            type="button"
            size="small"
            variant="transparent"
            aria-label={removeLabel}
            onClick={() => onChange(rows.filter((other) => other.key !== row.key))}
          >
            <Trash />
          </IconButton>
        </div>
      ))}
      <Button
        type="button"
        size="small"
        variant="secondary"
        className="self-start"
        onClick={() => onChange([...rows, newRow()])}
        data-testid={addTestId}
      >
        {addLabel}
      </Button>
    </div>
  )
}
