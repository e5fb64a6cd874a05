import { Checkbox, Label, Text } from "@medusajs/ui"
import { useMemo } from "react"
import { useWebhookEvents } from "../hooks/webhooks"
import { errorMessage } from "../lib/error-message"
import { useWebhookTranslation } from "../lib/i18n"
import {
  ALL_EVENTS,
  groupWebhookEvents,
  isEventCovered,
  otherPatterns,
  toggleAllEvents,
  toggleEvent,
  toggleEventGroup,
  type WebhookEventGroup,
} from "../lib/webhook-event-selection"

type WebhookEventPickerProps = {
  /** The subscription patterns: event types, `order.*` wildcards or `*`. */
  selection: string[]
  onChange: (selection: string[]) => void
}

/**
 * The events an endpoint subscribes to, as a checklist grouped by prefix from the server's
 * catalog; "all events" and a group's wildcard check (and lock) what they cover.
 */
export function WebhookEventPicker({ selection, onChange }: WebhookEventPickerProps) {
  const { t } = useWebhookTranslation()
  const { data: events, isPending, isError, error } = useWebhookEvents()
  const groups = useMemo(() => groupWebhookEvents(events ?? []), [events])
  const allChecked = selection.includes(ALL_EVENTS)
  const others = otherPatterns(selection, groups)

  if (isError) {
    return (
      <Text size="small" className="text-ui-fg-error">
        {`${t("eventsLoadError")}: ${errorMessage(error, t("errorUnknown"))}`}
      </Text>
    )
  }
  if (isPending) {
    return <div className="bg-ui-bg-component h-32 animate-pulse rounded-md" />
  }

  return (
    <div className="flex flex-col gap-y-4" data-testid="webhook-events">
      <CheckboxRow
        id="webhook-event-all"
        label={t("allEventsOption")}
        checked={allChecked}
        onCheckedChange={(on) => onChange(toggleAllEvents(on))}
        strong
      />
      {groups.map((group) => (
        <EventGroup key={group.prefix} group={group} selection={selection} onChange={onChange} locked={allChecked} />
      ))}
      {others.length > 0 && (
        <fieldset className="flex flex-col gap-y-2">
          <legend className="mb-2">
            <Text size="small" weight="plus">
              {t("otherPatterns")}
            </Text>
          </legend>
          {others.map((pattern) => (
            <CheckboxRow
              key={pattern}
              id={`webhook-event-other-${pattern}`}
              label={pattern}
              mono
              checked
              onCheckedChange={() => onChange(selection.filter((other) => other !== pattern))}
            />
          ))}
        </fieldset>
      )}
    </div>
  )
}

type EventGroupProps = WebhookEventPickerProps & { group: WebhookEventGroup; locked: boolean }

function EventGroup({ group, selection, onChange, locked }: EventGroupProps) {
  const { t } = useWebhookTranslation()
  const groupChecked = locked || selection.includes(group.wildcard)
  return (
    <fieldset className="bg-ui-bg-component shadow-borders-base flex flex-col gap-y-2 rounded-lg p-3" data-testid="webhook-event-group">
      <legend className="sr-only">{group.prefix}</legend>
      <CheckboxRow
        id={`webhook-event-group-${group.prefix}`}
        label={t("groupOption", { prefix: group.prefix, wildcard: group.wildcard })}
        checked={groupChecked}
        disabled={locked}
        onCheckedChange={(on) => onChange(toggleEventGroup(selection, group, on))}
        strong
      />
      <div className="flex flex-col gap-y-2 pl-6">
        {group.events.map((event) => {
          const covered = isEventCovered(selection, event.type)
          const explicit = selection.includes(event.type)
          return (
            <CheckboxRow
              key={event.type}
              id={`webhook-event-${event.type}`}
              label={event.type}
              description={event.description}
              mono
              checked={covered}
              // Checked through a wildcard: unchecking it alone would not unsubscribe it.
              disabled={covered && !explicit}
              onCheckedChange={(on) => onChange(toggleEvent(selection, event.type, on))}
            />
          )
        })}
      </div>
    </fieldset>
  )
}

type CheckboxRowProps = {
  id: string
  label: string
  description?: string
  checked: boolean
  disabled?: boolean
  onCheckedChange: (checked: boolean) => void
  /** Event names read as code. */
  mono?: boolean
  strong?: boolean
}

function CheckboxRow({ id, label, description, checked, disabled, onCheckedChange, mono, strong }: CheckboxRowProps) {
  return (
    <div className="flex items-start gap-x-2">
      <Checkbox
        id={id}
        checked={checked}
        disabled={disabled}
        onCheckedChange={(state) => onCheckedChange(state === true)}
        className="mt-0.5"
        data-testid={id}
      />
      <div className="flex flex-col">
        <Label htmlFor={id} size="small" weight={strong ? "plus" : "regular"} className={mono ? "font-mono" : undefined}>
          {label}
        </Label>
        {description && (
          <Text size="xsmall" className="text-ui-fg-subtle">
            {description}
          </Text>
        )}
      </div>
    </div>
  )
}
