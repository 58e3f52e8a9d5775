import { useState } from 'react'
import { Button } from '../../components/ui/Button'
import { ConfirmDialog } from '../../components/ui/ConfirmDialog'
import { IconDatabase } from '../../components/ui/icons'
import type { DemoControls } from '../../lib/demo'
import { MockSettingsDialog } from './MockSettingsDialog'

/** Says plainly that the data is a demo, and offers the demo's controls. */
export function DemoBanner({ demo }: { demo: DemoControls }) {
  const [confirmReset, setConfirmReset] = useState(false)
  const [settings, setSettings] = useState(false)
  const storageError = demo.storageError()
  return (
    <section className="demo-banner" aria-label="Demo mode">
      <IconDatabase size={15} />
      <p>
        <strong>Demo data.</strong>
        <span className="demo-banner-detail"> This console runs on a built-in mock backend; your changes are kept in this browser.</span>
        {storageError && <span className="demo-banner-warning"> Changes could not be saved: {storageError}</span>}
      </p>
      <div className="demo-banner-actions">
        <Button size="sm" variant="ghost" onClick={() => setSettings(true)}>
          Mock settings
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setConfirmReset(true)}>
          Reset demo data
        </Button>
      </div>
      <ConfirmDialog
        open={confirmReset}
        onOpenChange={setConfirmReset}
        title="Reset demo data?"
        description="Every change made in this browser (clients created, edited or deleted, connections, roles) is discarded and the demo starts again from its seed."
        confirmLabel="Reset demo data"
        onConfirm={() => demo.reset()}
      />
      {settings && <MockSettingsDialog demo={demo} onClose={() => setSettings(false)} />}
    </section>
  )
}
