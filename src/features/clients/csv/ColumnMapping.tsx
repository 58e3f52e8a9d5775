import { useId, useState, type FormEvent } from 'react'
import { IconAlert } from '../../../components/ui/icons'
import { DELIMITER_NAMES, FIELDS, FIELD_LABELS, mappingProblem, type ColumnMap, type ColumnsToMap, type CsvField } from './csv-layout'

export const MAPPING_FORM_ID = 'csv-column-mapping'

/**
 * The mapping step: the file's header has names the importer does not know (or the operator asked to map it),
 * so each column is read as one field, or ignored. The form's submit button sits in the dialog's footer.
 */
export function ColumnMapping({ file, toMap, onMap }: { file: File; toMap: ColumnsToMap; onMap: (columns: ColumnMap) => void }) {
  const [columns, setColumns] = useState(toMap.suggested)
  const [problem, setProblem] = useState<string | null>(null)
  const errorId = useId()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found = mappingProblem(columns)
    setProblem(found)
    if (!found) onMap(columns)
  }
  const choose = (index: number, value: string) =>
    setColumns((previous) => previous.map((field, i) => (i === index ? (value ? (value as CsvField) : null) : field)))
  return (
    <form id={MAPPING_FORM_ID} className="stack" onSubmit={submit} noValidate>
      <p>
        The header row of <strong>{file.name}</strong> ({DELIMITER_NAMES[toMap.delimiter]}-separated) has columns the importer does not
        know. Choose what each column holds; columns set to Ignore are not read.
      </p>
      {problem && (
        <p id={errorId} className="form-error import-error" role="alert">
          <IconAlert /> {problem}
        </p>
      )}
      <table className="table mapping-table">
        <caption className="visually-hidden">Columns of the file</caption>
        <thead>
          <tr>
            <th scope="col">Column in the file</th>
            <th scope="col">Read as</th>
          </tr>
        </thead>
        <tbody>
          {toMap.header.map((name, index) => {
            const label = name.trim() || `Column ${index + 1}`
            const examples = toMap.samples.map((row) => row[index] ?? '').filter((cell) => cell.trim())
            return (
              <tr key={index}>
                <th scope="row">
                  <span className="truncate mapping-name" title={label}>
                    {label}
                  </span>
                  <span className="truncate mapping-example muted" title={examples.join('\n')}>
                    {examples.join(', ') || 'empty'}
                  </span>
                </th>
                <td>
                  <select
                    className="select"
                    aria-label={`Read “${label}” as`}
                    aria-describedby={problem ? errorId : undefined}
                    value={columns[index] ?? ''}
                    onChange={(event) => choose(index, event.target.value)}
                  >
                    <option value="">Ignore</option>
                    {FIELDS.map((field) => (
                      <option key={field} value={field}>
                        {FIELD_LABELS[field]}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </form>
  )
}
