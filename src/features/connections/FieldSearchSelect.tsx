import type { ComponentProps } from 'react'
import { SearchSelect } from '../../components/ui/SearchSelect'

type Props = ComponentProps<typeof SearchSelect> & { 'aria-invalid'?: boolean; 'aria-describedby'?: string }

/** A SearchSelect that takes the id, aria-invalid and aria-describedby a `Field` hands its control. */
export function FieldSearchSelect({ 'aria-invalid': invalid, 'aria-describedby': describedBy, ...props }: Props) {
  return <SearchSelect {...props} invalid={props.invalid ?? invalid} describedBy={props.describedBy ?? describedBy} />
}
