import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react'
import { IconAlert, IconCheck, IconInfo, IconX } from './icons'

export type ToastInput = {
  title: string
  description?: string
  tone?: 'success' | 'error' | 'info'
  action?: { label: string; onClick: () => void }
  /** ms; errors stay longer so they can be read. */
  duration?: number
}

type Toast = ToastInput & { id: number }

const ToastContext = createContext<((toast: ToastInput) => void) | null>(null)

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([])
  const nextId = useRef(1)
  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), [])
  const show = useCallback(
    (input: ToastInput) => {
      const id = nextId.current++
      setToasts((list) => [...list.slice(-3), { ...input, id }])
      const duration = input.duration ?? (input.tone === 'error' ? 9000 : input.action ? 8000 : 5000)
      setTimeout(() => dismiss(id), duration)
    },
    [dismiss],
  )
  const value = useMemo(() => show, [show])
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="region" aria-label="Notifications">
        <div role="status" aria-live="polite" className="toasts-list">
          {toasts.map((toast) => (
            <div key={toast.id} className={`toast toast-${toast.tone ?? 'info'}`}>
              <span className="toast-icon">
                {toast.tone === 'error' ? <IconAlert /> : toast.tone === 'success' ? <IconCheck /> : <IconInfo />}
              </span>
              <div className="toast-body">
                <p className="toast-title">{toast.title}</p>
                {toast.description && <p className="toast-description">{toast.description}</p>}
              </div>
              {toast.action && (
                <button
                  type="button"
                  className="toast-action"
                  onClick={() => {
                    toast.action?.onClick()
                    dismiss(toast.id)
                  }}
                >
                  {toast.action.label}
                </button>
              )}
              <button type="button" className="toast-close" aria-label="Dismiss notification" onClick={() => dismiss(toast.id)}>
                <IconX size={14} />
              </button>
            </div>
          ))}
        </div>
      </div>
    </ToastContext.Provider>
  )
}

export function useToast() {
  const toast = useContext(ToastContext)
  if (!toast) throw new Error('useToast needs a <ToastProvider>')
  return toast
}
