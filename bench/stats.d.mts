export type Figure = {
  id: string
  label: string
  unit: 'ms' | 'KB' | 'MB' | 'count' | 'score'
  target?: number
  higherIsBetter?: boolean
  value?: number
  min?: number
  median?: number
  max?: number
  runs?: number
  note?: string
}
export function stats(samples: number[]): { min: number; median: number; max: number; value: number; runs: number }
