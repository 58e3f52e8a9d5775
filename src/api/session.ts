/**
 * Where the tokens live. The access token stays in memory only (never in Web Storage, so an injected
 * script cannot lift a long-lived credential from disk). The refresh token sits in sessionStorage so a
 * reload in the same tab can resume the session; it dies with the tab.
 */
/** Also read by the page's own HTML before any script (scripts/sign-in-card.ts): no refresh token, no session. */
export const REFRESH_KEY = 'fleet-console.refresh-token'

export type SessionEvent = 'signed-in' | 'signed-out' | 'expired'
type Listener = (event: SessionEvent) => void

let accessToken: string | null = null
/** Bumped whenever the session is replaced or ended, so work begun for an older one can tell. */
let epoch = 0
const listeners = new Set<Listener>()

type TokenStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

/** Where Web Storage is missing or refused (Node, locked-down browsers), the session lives in memory. */
const memory = new Map<string, string>()
const memoryStore: TokenStore = {
  getItem: (key) => memory.get(key) ?? null,
  setItem: (key, value) => void memory.set(key, value),
  removeItem: (key) => void memory.delete(key),
}

function storage(): TokenStore {
  try {
    return typeof sessionStorage === 'undefined' ? memoryStore : sessionStorage
  } catch {
    return memoryStore
  }
}

function emit(event: SessionEvent) {
  epoch++
  for (const listener of listeners) listener(event)
}

export const session = {
  accessToken: () => accessToken,
  refreshToken: () => storage().getItem(REFRESH_KEY) ?? null,
  isSignedIn: () => accessToken !== null,
  /** Changes on every sign-in, sign-out and expiry (not on a refresh): a token refresh begun under another epoch is stale. */
  epoch: () => epoch,
  setTokens(tokens: { access_token: string; refresh_token: string }, event: SessionEvent | null = 'signed-in') {
    accessToken = tokens.access_token
    storage().setItem(REFRESH_KEY, tokens.refresh_token)
    if (event) emit(event)
  },
  signOut() {
    accessToken = null
    storage().removeItem(REFRESH_KEY)
    emit('signed-out')
  },
  /** The refresh token was refused: the user must sign in again. */
  expire() {
    accessToken = null
    storage().removeItem(REFRESH_KEY)
    emit('expired')
  },
  subscribe(listener: Listener) {
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
    }
  },
}

let reconnecting = 0
const reconnectListeners = new Set<() => void>()

/** Whether a token refresh is being retried after a failure that did not refuse the session (an outage). */
export const reconnection = {
  active: () => reconnecting > 0,
  /** Marks one retrying refresh as under way; returns its end. */
  begin() {
    reconnecting++
    for (const listener of reconnectListeners) listener()
    let ended = false
    return () => {
      if (ended) return
      ended = true
      reconnecting--
      for (const listener of reconnectListeners) listener()
    }
  },
  subscribe(listener: () => void) {
    reconnectListeners.add(listener)
    return () => {
      reconnectListeners.delete(listener)
    }
  },
}
