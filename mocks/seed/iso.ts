const DAY = 86_400_000
/** 10000-01-01T00:00:00Z: from there on `toISOString` writes a six-digit year. */
const YEAR_10000 = 253_402_300_800_000

const codes: number[] = Array.from('0000-00-00T00:00:00.000Z', (ch) => ch.charCodeAt(0))
let cachedDay = NaN

/**
 * An int32 char code: `ms` is a double, and one double stored in `codes` would turn it into an array of
 * doubles, which `fromCharCode.apply` boxes one by one (~600 bytes of garbage per call).
 */
const digit = (n: number) => (48 + n) | 0

/**
 * `new Date(ms).toISOString()`, about five times faster: the seed writes one per client, and the builtin
 * was a tenth of seeding 100,000 clients. The date part is kept for the last day asked (the seed asks in
 * time order), and the string is built from char codes in one call, so it is flat (no rope of parts).
 */
export function isoString(ms: number): string {
  if (!(ms >= 0 && ms < YEAR_10000) || !Number.isInteger(ms)) return new Date(ms).toISOString()
  const day = Math.floor(ms / DAY)
  if (day !== cachedDay) {
    const date = new Date(day * DAY).toISOString()
    for (let i = 0; i < 11; i++) codes[i] = date.charCodeAt(i)
    cachedDay = day
  }
  let rest = ms - day * DAY
  const hours = Math.floor(rest / 3_600_000)
  rest -= hours * 3_600_000
  const minutes = Math.floor(rest / 60_000)
  rest -= minutes * 60_000
  const seconds = Math.floor(rest / 1000)
  rest -= seconds * 1000
  codes[11] = digit(Math.floor(hours / 10))
  codes[12] = digit(hours % 10)
  codes[14] = digit(Math.floor(minutes / 10))
  codes[15] = digit(minutes % 10)
  codes[17] = digit(Math.floor(seconds / 10))
  codes[18] = digit(seconds % 10)
  codes[20] = digit(Math.floor(rest / 100))
  codes[21] = digit(Math.floor(rest / 10) % 10)
  codes[22] = digit(rest % 10)
  return String.fromCharCode.apply(null, codes)
}
