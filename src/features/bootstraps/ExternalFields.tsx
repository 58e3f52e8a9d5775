import type { UseFormReturn } from 'react-hook-form'
import { Button } from '../../components/ui/Button'
import { Field } from '../../components/ui/Field'
import { IconRefresh } from '../../components/ui/icons'
import { generateExternalKey, type CreateBootstrapValues } from './bootstrap-forms'

/** The external ID and key a device presents to fetch its configuration; the key can be generated. */
export function ExternalFields({ form }: { form: UseFormReturn<CreateBootstrapValues> }) {
  const { register, setValue, formState } = form
  const { errors } = formState
  return (
    <div className="form-grid">
      <Field
        label="External ID"
        required
        error={errors.external_id?.message}
        hint="Unique: the device's MAC address, serial number or another ID it knows."
      >
        <input className="input mono-input" autoComplete="off" spellCheck={false} {...register('external_id')} />
      </Field>
      <Field
        label="External key"
        required
        error={errors.external_key?.message}
        hint="The device presents it to fetch its configuration."
        labelAction={
          <Button
            variant="ghost"
            size="sm"
            icon={<IconRefresh size={14} />}
            onClick={() => setValue('external_key', generateExternalKey(), { shouldValidate: true, shouldDirty: true })}
          >
            Generate
          </Button>
        }
      >
        <input className="input mono-input" autoComplete="off" spellCheck={false} {...register('external_key')} />
      </Field>
    </div>
  )
}
