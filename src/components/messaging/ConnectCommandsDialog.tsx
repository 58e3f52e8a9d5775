import { useState } from 'react'
import { Dialog } from '../ui/Dialog'
import { ConnectCommands, type ConnectTarget } from './ConnectCommands'

/** One channel's connect commands in a dialog, opened from a client's Connections tab. */
export function ConnectCommandsDialog({
  target,
  channelName,
  onClose,
}: {
  target: ConnectTarget
  channelName: string
  onClose: () => void
}) {
  const [subtopic, setSubtopic] = useState('')
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      size="lg"
      title={`Connect to ${channelName}`}
      description="Username is the client ID, password its secret (hidden here; the copy buttons copy it)."
    >
      <ConnectCommands target={target} subtopic={subtopic} onSubtopicChange={setSubtopic} />
    </Dialog>
  )
}
