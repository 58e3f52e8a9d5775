import type { ReactNode } from 'react'
import { InlineEditField, type InlineEditFieldProps } from './InlineEditField'

type DetailProps = {
  term: ReactNode
  /** For the value's cell (`<dd>`). */
  className?: string
  children: ReactNode
}

/** One term of a details list (`<dl>`) and its value. */
export function Detail({ term, className, children }: DetailProps) {
  return (
    <div>
      <dt>{term}</dt>
      <dd className={className}>{children}</dd>
    </div>
  )
}

type EditableDetailProps<T, D> = InlineEditFieldProps<T, D> & {
  /** Defaults to the field's label. */
  term?: ReactNode
  className?: string
  /** Controls placed after the field in the same cell (e.g. "Regenerate"). */
  after?: ReactNode
}

/** A term of a details list whose value is edited in place (see InlineEditField). */
export function EditableDetail<T, D>({ term, className, after, ...field }: EditableDetailProps<T, D>) {
  return (
    <Detail term={term ?? field.label} className={className}>
      <InlineEditField {...field} />
      {after}
    </Detail>
  )
}
