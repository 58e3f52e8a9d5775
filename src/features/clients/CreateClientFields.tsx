import { useState } from 'react'
import { Controller, type UseFormReturn } from 'react-hook-form'
import { Button } from '../../components/ui/Button'
import { Field } from '../../components/ui/Field'
import { MetadataEditor } from '../../components/ui/MetadataEditor'
import { TagsInput } from '../../components/ui/TagsInput'
import { IconAlert, IconEye, IconEyeOff, IconRefresh } from '../../components/ui/icons'
import { generateSecret, type ClientForm } from './client-form'

type FormProps = { form: UseFormReturn<ClientForm> }

/** Credentials (identity and key) or an X.509 certificate. */
export function AuthMethodField({ form }: FormProps) {
  return (
    <fieldset className="radio-group">
      <legend className="field-label">Authentication</legend>
      <label className="radio">
        <input type="radio" value="credentials" {...form.register('authMethod')} />
        <span>
          <strong>Credentials</strong>
          <span className="muted">identity and secret key</span>
        </span>
      </label>
      <label className="radio">
        <input type="radio" value="certificate" {...form.register('authMethod')} />
        <span>
          <strong>Certificate</strong>
          <span className="muted">an X.509 client certificate (mTLS)</span>
        </span>
      </label>
    </fieldset>
  )
}

/** The key, hidden unless shown, with a button that fills in a strong one. */
export function SecretField({ form }: FormProps) {
  const [showSecret, setShowSecret] = useState(false)
  const error = form.formState.errors.secret?.message
  return (
    <Field
      label="Key (secret)"
      hint="Optional and unique in the domain; the server generates one when empty."
      error={error}
      labelAction={
        <Button
          size="sm"
          variant="ghost"
          icon={<IconRefresh />}
          onClick={() => form.setValue('secret', generateSecret(), { shouldDirty: true })}
        >
          Generate
        </Button>
      }
    >
      {(control) => (
        <div className="input-with-button">
          <input
            className="input mono-input"
            type={showSecret ? 'text' : 'password'}
            autoComplete="new-password"
            spellCheck={false}
            {...control}
            {...form.register('secret')}
          />
          <button
            type="button"
            className="btn btn-ghost btn-sm btn-icon"
            aria-label={showSecret ? 'Hide key' : 'Show key'}
            aria-pressed={showSecret}
            onClick={() => setShowSecret((v) => !v)}
          >
            {showSecret ? <IconEyeOff /> : <IconEye />}
          </button>
        </div>
      )}
    </Field>
  )
}

/** Tags and metadata, across the form's width. */
export function TagsAndMetadataFields({ form }: FormProps) {
  const { errors } = form.formState
  return (
    <>
      <div className="form-grid-wide">
        <Field label="Tags" hint="Press Enter after each tag." error={errors.tags?.message}>
          {(control) => (
            <Controller
              control={form.control}
              name="tags"
              render={({ field }) => (
                <TagsInput
                  value={field.value}
                  onChange={field.onChange}
                  id={control.id}
                  describedBy={control['aria-describedby']}
                  invalid={Boolean(control['aria-invalid'])}
                />
              )}
            />
          )}
        </Field>
      </div>
      <div className="form-grid-wide">
        <Field
          label="Metadata"
          hint='Fields, or a JSON object such as {"model": "DS18B20", "location": "warehouse"}.'
          error={errors.metadataText?.message}
        >
          {(control) => (
            <Controller
              control={form.control}
              name="metadataText"
              render={({ field }) => (
                <MetadataEditor
                  label="Metadata"
                  value={field.value}
                  onChange={field.onChange}
                  rows={5}
                  id={control.id}
                  describedBy={control['aria-describedby']}
                  invalid={Boolean(control['aria-invalid'])}
                />
              )}
            />
          )}
        </Field>
      </div>
    </>
  )
}

/** Magistrala allows it, but two clients of one name are almost always a mistake: say so, without refusing. */
export function NamesakeWarning({ count }: { count: number }) {
  return (
    <span className="field-warning">
      <IconAlert size={14} /> {count === 1 ? 'Another client' : `${count} other clients`} in this domain already{' '}
      {count === 1 ? 'has' : 'have'} this name. You can still create it.
    </span>
  )
}
