import { useEffect, useRef, useState } from 'react'
import { errorMessage } from '../../../api/errors'
import type { Client } from '../../../api/schemas/client'
import { Button } from '../../../components/ui/Button'
import { IconAlert, IconDownload } from '../../../components/ui/icons'
import { downloadText } from '../../../lib/download'
import type { ImportRow } from './client-csv'
import { createdClientsCsv } from './created-clients'
import type { RowOutcome } from './run-import'

type Props = {
  file: File
  rows: ImportRow[]
  outcomes: Map<string, RowOutcome>
  view: (id: string, signal: AbortSignal) => Promise<Client>
}

/** The created clients' ids and keys, to flash devices with: a file of secrets, and said so before it is saved. */
export function CreatedClientsDownload({ file, rows, outcomes, view }: Props) {
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false })
  const abortRef = useRef<AbortController | null>(null)
  useEffect(() => () => abortRef.current?.abort(), [])

  const download = async () => {
    abortRef.current?.abort()
    const abort = (abortRef.current = new AbortController())
    setState({ busy: true })
    try {
      const csv = await createdClientsCsv(rows, outcomes, view, abort.signal)
      downloadText(csv, `${file.name.replace(/\.csv$/i, '')}-created-clients.csv`, 'text/csv')
      setState({ busy: false })
    } catch (error) {
      if (!abort.signal.aborted) setState({ busy: false, error: `Could not prepare the file: ${errorMessage(error)}` })
    }
  }

  return (
    <div className="stack">
      <p className="created-warning">
        <IconAlert />
        <span>
          The file of created clients holds each one’s key in clear: anyone who has it can connect as these clients. Keep it safe and delete
          it once the devices are set up.
        </span>
      </p>
      <div>
        <Button icon={<IconDownload />} loading={state.busy} onClick={() => void download()}>
          Download created clients (CSV)
        </Button>
      </div>
      {state.error && (
        <p className="form-error" role="alert">
          {state.error}
        </p>
      )}
    </div>
  )
}
