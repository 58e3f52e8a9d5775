import { useMemo, useState, type ComponentProps } from 'react'
import { JsonEditor, type TextStatus } from '../../components/ui/JsonEditor'
import { ObjectFields, useFieldRows } from '../../components/ui/MetadataFields'
import { ModeSwitch } from '../../components/ui/ModeSwitch'
import { checkContent } from './content'

const MESSAGE = {
  empty: 'Empty: the device gets no custom content',
  text: 'Plain text',
  json: 'Valid JSON',
  'invalid-json': 'Invalid JSON',
} as const

function contentStatus(text: string): TextStatus {
  const check = checkContent(text)
  const tone = check.kind === 'json' ? 'ok' : check.kind === 'invalid-json' ? 'bad' : 'muted'
  return { message: MESSAGE[check.kind], tone, format: check.kind === 'json' ? () => JSON.stringify(check.value, null, 2) : undefined }
}

type ContentEditorProps = Omit<ComponentProps<typeof JsonEditor>, 'status' | 'placeholder' | 'formatOnlyWhenValid' | 'tabIndents'> & {
  /** Given by a wrapping <Field>. */
  'aria-invalid'?: boolean
  'aria-describedby'?: string
}

const isPlainObject = (value: unknown) => value !== null && typeof value === 'object' && !Array.isArray(value)

/**
 * Free-form content; JSON (text starting with { or [) is checked as it is typed and can be formatted.
 * Content that is a JSON object (or nothing yet) can also be edited as key/value fields.
 */
export function ContentEditor({ 'aria-invalid': ariaInvalid, 'aria-describedby': ariaDescribedBy, ...props }: ContentEditorProps) {
  const { value, onChange, id, label = 'Content', onKeyDown } = props
  const check = useMemo(() => checkContent(value), [value])
  const [mode, setMode] = useState<'text' | 'fields'>('text')
  const fields = useFieldRows(value, label, onChange)
  const invalid = props.invalid ?? ariaInvalid
  const describedBy = props.describedBy ?? ariaDescribedBy
  const isObject = check.kind === 'empty' || (check.kind === 'json' && isPlainObject(check.value))
  return (
    <div className="metadata-editor">
      <ModeSwitch
        label={label}
        mode={mode}
        onChange={setMode}
        modes={[
          { value: 'text', label: 'Text' },
          {
            value: 'fields',
            label: 'Fields',
            disabledReason: isObject || mode === 'fields' ? null : 'Only a JSON object can be edited as fields',
          },
        ]}
      />
      {mode === 'fields' ? (
        <ObjectFields
          fields={fields}
          id={id}
          label={label}
          describedBy={describedBy}
          onKeyDown={onKeyDown}
          onEditAsText={() => setMode('text')}
        />
      ) : (
        <JsonEditor
          {...props}
          rows={props.rows ?? 8}
          invalid={invalid}
          describedBy={describedBy}
          status={contentStatus}
          placeholder={'{\n  "mqtt": { "host": "mqtt.example.com", "port": 8883 }\n}'}
          formatOnlyWhenValid
          tabIndents={false}
        />
      )}
    </div>
  )
}
