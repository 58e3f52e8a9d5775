import type { ComponentProps } from 'react'
import { JsonEditor, type TextStatus } from '../../components/ui/JsonEditor'
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

/** Free-form content; JSON (text starting with { or [) is checked as it is typed and can be formatted. */
export function ContentEditor({ 'aria-invalid': ariaInvalid, 'aria-describedby': ariaDescribedBy, ...props }: ContentEditorProps) {
  return (
    <JsonEditor
      {...props}
      invalid={props.invalid ?? ariaInvalid}
      describedBy={props.describedBy ?? ariaDescribedBy}
      status={contentStatus}
      placeholder={'{\n  "mqtt": { "host": "mqtt.example.com", "port": 8883 }\n}'}
      formatOnlyWhenValid
      tabIndents={false}
    />
  )
}
