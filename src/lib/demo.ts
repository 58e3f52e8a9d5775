import { createContext, useContext } from 'react'
import type { DemoControls } from '../api/demo'

export type { DemoAccount, DemoControls, DemoFaults } from '../api/demo'

/** Present only in demo mode (embedded mock backend). */
export const DemoContext = createContext<DemoControls | null>(null)

export function useDemo(): DemoControls | null {
  return useContext(DemoContext)
}
