import { useState } from 'react'
import { Button } from '../../components/ui/Button'
import { Dialog } from '../../components/ui/Dialog'
import { Field } from '../../components/ui/Field'
import type { DemoControls, DemoFaults } from '../../lib/demo'

const SEED_SIZES = [250, 1_000, 10_000, 100_000]
const percent = (share: number) => String(Math.round(share * 100))

/** Latency and failure injection for the demo backend, and the seed size. */
export function MockSettingsDialog({ demo, onClose }: { demo: DemoControls; onClose: () => void }) {
  const initial = demo.faults()
  const [faults, setFaults] = useState<DemoFaults>(initial)
  const [seed, setSeed] = useState(demo.seed.clients)
  const share = (key: keyof DemoFaults) => ({
    type: 'number',
    min: 0,
    max: 100,
    className: 'input',
    value: percent(faults[key] as number),
    onChange: (e: React.ChangeEvent<HTMLInputElement>) =>
      setFaults({ ...faults, [key]: Math.min(100, Math.max(0, Number(e.target.value))) / 100 }),
  })
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title="Mock settings"
      description="Make the demo backend slow or unreliable, to see how the console copes."
      footer={
        <>
          <Button
            variant="ghost"
            onClick={() => setFaults({ latencyMs: 0, errorRate: 0, unavailableRate: 0, networkErrorRate: 0, timeoutRate: 0, match: '' })}
          >
            Clear faults
          </Button>
          <span className="spacer" />
          <Button onClick={onClose}>Cancel</Button>
          <Button
            variant="primary"
            onClick={() => {
              demo.setFaults(faults)
              if (seed !== demo.seed.clients) demo.reset({ clients: seed })
              else onClose()
            }}
          >
            Apply
          </Button>
        </>
      }
    >
      <div className="settings-grid">
        <Field label="Latency (ms)" hint="Added to every request.">
          <input
            type="number"
            min={0}
            max={10000}
            className="input"
            value={faults.latencyMs}
            onChange={(e) => setFaults({ ...faults, latencyMs: Math.max(0, Number(e.target.value)) })}
          />
        </Field>
        <Field label="Server errors (%)" hint="Answered 500.">
          <input {...share('errorRate')} />
        </Field>
        <Field label="Unavailable (%)" hint="Answered 503 with Retry-After.">
          <input {...share('unavailableRate')} />
        </Field>
        <Field label="Network failures (%)" hint="The request never reaches the server.">
          <input {...share('networkErrorRate')} />
        </Field>
        <Field label="Timeouts (%)" hint="No answer at all.">
          <input {...share('timeoutRate')} />
        </Field>
        <Field label="Only requests matching" hint='e.g. "PATCH" or "/clients"; empty = all.'>
          <input className="input" value={faults.match} onChange={(e) => setFaults({ ...faults, match: e.target.value })} />
        </Field>
        <Field label="Seed size (clients)" hint="Changing it resets the demo data.">
          <select className="select" value={seed} onChange={(e) => setSeed(Number(e.target.value))}>
            {SEED_SIZES.map((n) => (
              <option key={n} value={n}>
                {n.toLocaleString()}
              </option>
            ))}
          </select>
        </Field>
      </div>
    </Dialog>
  )
}
