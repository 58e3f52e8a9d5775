/**
 * Icons are CSS masks over `currentColor`: one empty element each. As inline SVG every icon was an element tree with
 * ten attributes to set, and the three in each table row were a sixth of rendering a page of rows.
 * Icons are decorative: the control around them carries the accessible name.
 */

/** Each icon's SVG body on a 24 × 24 grid, drawn as 2-unit round strokes. */
const SHAPES = {
  search: '<circle cx="11" cy="11" r="7"/><path d="m20 20-3.5-3.5"/>',
  copy: '<rect x="9" y="9" width="12" height="12" rx="2"/><path d="M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1"/>',
  check: '<path d="M20 6 9 17l-5-5"/>',
  x: '<path d="M18 6 6 18"/><path d="m6 6 12 12"/>',
  pencil: '<path d="M12 20h9"/><path d="M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4Z"/>',
  trash: '<path d="M3 6h18"/><path d="M8 6V4h8v2"/><path d="M19 6l-1 14H6L5 6"/>',
  plus: '<path d="M12 5v14"/><path d="M5 12h14"/>',
  'chevron-left': '<path d="m15 18-6-6 6-6"/>',
  'chevron-right': '<path d="m9 18 6-6-6-6"/>',
  'chevron-down': '<path d="m6 9 6 6 6-6"/>',
  'arrow-down': '<path d="M12 5v14"/><path d="m19 12-7 7-7-7"/>',
  sort: '<path d="m7 15 5 5 5-5"/><path d="m7 9 5-5 5 5"/>',
  more: '<circle cx="12" cy="12" r="1"/><circle cx="19" cy="12" r="1"/><circle cx="5" cy="12" r="1"/>',
  upload: '<path d="M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4"/><path d="m17 8-5-5-5 5"/><path d="M12 3v12"/>',
  download: '<path d="M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4"/><path d="m7 10 5 5 5-5"/><path d="M12 15V3"/>',
  refresh: '<path d="M21 12a9 9 0 1 1-3-6.7L21 8"/><path d="M21 3v5h-5"/>',
  alert:
    '<path d="M12 9v4"/><path d="M12 17h.01"/><path d="M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0Z"/>',
  info: '<circle cx="12" cy="12" r="10"/><path d="M12 16v-4"/><path d="M12 8h.01"/>',
  eye: '<path d="M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12Z"/><circle cx="12" cy="12" r="3"/>',
  'eye-off':
    '<path d="M9.9 4.2A10.4 10.4 0 0 1 12 4c6.5 0 10 8 10 8a17 17 0 0 1-2.2 3.2"/><path d="M6.6 6.6A17 17 0 0 0 2 12s3.5 8 10 8a9.7 9.7 0 0 0 5.4-1.6"/><path d="m2 2 20 20"/><path d="M14.1 14.1a3 3 0 0 1-4.2-4.2"/>',
  cpu: '<rect x="5" y="5" width="14" height="14" rx="2"/><rect x="9" y="9" width="6" height="6"/><path d="M9 2v3M15 2v3M9 19v3M15 19v3M2 9h3M2 15h3M19 9h3M19 15h3"/>',
  channels: '<path d="M4 6h16"/><path d="M4 12h16"/><path d="M4 18h10"/><circle cx="19" cy="18" r="2"/>',
  key: '<circle cx="7.5" cy="15.5" r="4.5"/><path d="m10.7 12.3 9.3-9.3"/><path d="m16 7 3 3"/>',
  log: '<path d="M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8Z"/><path d="M14 2v6h6"/><path d="M8 13h8M8 17h5"/>',
  user: '<circle cx="12" cy="8" r="4"/><path d="M4 21a8 8 0 0 1 16 0"/>',
  logout: '<path d="M9 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h4"/><path d="m16 17 5-5-5-5"/><path d="M21 12H9"/>',
  menu: '<path d="M4 6h16"/><path d="M4 12h16"/><path d="M4 18h16"/>',
  database:
    '<ellipse cx="12" cy="5" rx="8" ry="3"/><path d="M4 5v14c0 1.7 3.6 3 8 3s8-1.3 8-3V5"/><path d="M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3"/>',
  settings:
    '<circle cx="12" cy="12" r="3"/><path d="M19.4 15a1.7 1.7 0 0 0 .3 1.8l.1.1a2 2 0 1 1-2.8 2.8l-.1-.1a1.7 1.7 0 0 0-1.8-.3 1.7 1.7 0 0 0-1 1.5V21a2 2 0 1 1-4 0v-.1a1.7 1.7 0 0 0-1.1-1.5 1.7 1.7 0 0 0-1.8.3l-.1.1a2 2 0 1 1-2.8-2.8l.1-.1a1.7 1.7 0 0 0 .3-1.8 1.7 1.7 0 0 0-1.5-1H3a2 2 0 1 1 0-4h.1a1.7 1.7 0 0 0 1.5-1.1 1.7 1.7 0 0 0-.3-1.8l-.1-.1a2 2 0 1 1 2.8-2.8l.1.1a1.7 1.7 0 0 0 1.8.3H9a1.7 1.7 0 0 0 1-1.5V3a2 2 0 1 1 4 0v.1a1.7 1.7 0 0 0 1 1.5 1.7 1.7 0 0 0 1.8-.3l.1-.1a2 2 0 1 1 2.8 2.8l-.1.1a1.7 1.7 0 0 0-.3 1.8V9a1.7 1.7 0 0 0 1.5 1H21a2 2 0 1 1 0 4h-.1a1.7 1.7 0 0 0-1.5 1Z"/>',
  shield: '<path d="M12 22s8-4 8-10V5l-8-3-8 3v7c0 6 8 10 8 10Z"/>',
  users: '<circle cx="9" cy="8" r="4"/><path d="M1 21a8 8 0 0 1 16 0"/><path d="M17 4a4 4 0 0 1 0 8"/><path d="M23 21a8 8 0 0 0-5-7.4"/>',
  link: '<path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7"/><path d="M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7"/>',
  bolt: '<path d="M13 2 3 14h9l-1 8 10-12h-9l1-8Z"/>',
  sun: '<circle cx="12" cy="12" r="4"/><path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4"/>',
  moon: '<path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8Z"/>',
  file: '<path d="M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8Z"/><path d="M14 2v6h6"/>',
  filter: '<path d="M22 3H2l8 9.5V19l4 2v-8.5Z"/>',
  'wifi-off':
    '<path d="m2 2 20 20"/><path d="M8.5 16.4a5 5 0 0 1 7 0"/><path d="M2 8.8a15 15 0 0 1 4.2-2.6"/><path d="M10.7 5.1A15 15 0 0 1 22 8.8"/><path d="M5 12.9a10 10 0 0 1 5.2-2.8"/><path d="M16.9 10.3a10 10 0 0 1 2.1 1.6"/><path d="M12 20h.01"/>',
} as const

type IconName = keyof typeof SHAPES

/** The sizes icons are drawn at (px); 16 unless asked. */
const SIZES = [12, 14, 15, 16, 18, 20, 22, 24] as const

type IconProps = { size?: (typeof SIZES)[number]; className?: string }

function icon(name: IconName) {
  return function Icon({ size = 16, className }: IconProps) {
    return <span className={`icon icon-${name} icon-${size}${className ? ` ${className}` : ''}`} aria-hidden="true" />
  }
}

const svg = (shape: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="black" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${shape}</svg>`

/** The icons' rules, made once from SHAPES so each shape is written in one place. */
export function iconStyles(): string {
  const shapes = Object.entries(SHAPES).map(
    ([name, shape]) => `.icon-${name}{--icon:url("data:image/svg+xml,${encodeURIComponent(svg(shape))}")}`,
  )
  const sizes = SIZES.map((size) => `.icon-${size}{--icon-size:${size}px}`)
  return [...shapes, ...sizes].join('\n')
}

/** The icons on the screen after sign-in (the shell and the clients list), warmed first. */
const SIGNED_IN_FIRST: IconName[] = [
  'cpu',
  'channels',
  'settings',
  'log',
  'database',
  'chevron-down',
  'chevron-right',
  'chevron-left',
  'plus',
  'upload',
  'download',
  'search',
  'sort',
  'arrow-down',
  'key',
  'shield',
  'copy',
  'more',
]

/**
 * Chromium makes each icon's SVG into a document of its own the first time a style uses it (2–6 ms each, up to 20 on a
 * busy machine), so a screen showing ten new icons at once spends a long task on them, as the shell did on sign-in.
 * Warming them one at a time while the page idles (an operator typing on the sign-in form), those of the screen after
 * sign-in first, keeps that out of the frames that matter. The holder stays in the page: an image no element uses any
 * more may be dropped and made again.
 */
export function warmIcons() {
  const names = [...new Set([...SIGNED_IN_FIRST, ...(Object.keys(SHAPES) as IconName[])])]
  const holder = document.createElement('div')
  holder.className = 'visually-hidden'
  holder.setAttribute('aria-hidden', 'true')
  holder.dataset.iconWarm = ''
  document.body.append(holder)
  const later = (run: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run) : setTimeout(run, 50))
  const slice = () => {
    // One a slice: making an icon's document takes 5–20 ms on a busy machine, and three at once made long tasks.
    const span = document.createElement('span')
    span.className = `icon icon-${names.shift()}`
    holder.append(span)
    // Styling the new span now loads its image in this slice, not together with others in the next frame.
    void getComputedStyle(span).maskImage
    if (names.length > 0) later(slice)
  }
  later(slice)
}

if (typeof document !== 'undefined') {
  const style = document.createElement('style')
  style.dataset.icons = ''
  style.textContent = iconStyles()
  document.head.append(style)
}

export const IconSearch = icon('search')
export const IconCopy = icon('copy')
export const IconCheck = icon('check')
export const IconX = icon('x')
export const IconPencil = icon('pencil')
export const IconTrash = icon('trash')
export const IconPlus = icon('plus')
export const IconChevronLeft = icon('chevron-left')
export const IconChevronRight = icon('chevron-right')
export const IconChevronDown = icon('chevron-down')
export const IconArrowDown = icon('arrow-down')
export const IconSort = icon('sort')
export const IconMore = icon('more')
export const IconUpload = icon('upload')
export const IconDownload = icon('download')
export const IconRefresh = icon('refresh')
export const IconAlert = icon('alert')
export const IconInfo = icon('info')
export const IconEye = icon('eye')
export const IconEyeOff = icon('eye-off')
export const IconCpu = icon('cpu')
export const IconChannels = icon('channels')
export const IconKey = icon('key')
export const IconLog = icon('log')
export const IconUser = icon('user')
export const IconLogout = icon('logout')
export const IconMenu = icon('menu')
export const IconDatabase = icon('database')
export const IconSettings = icon('settings')
export const IconShield = icon('shield')
export const IconUsers = icon('users')
export const IconLink = icon('link')
export const IconBolt = icon('bolt')
export const IconSun = icon('sun')
export const IconMoon = icon('moon')
export const IconFile = icon('file')
export const IconFilter = icon('filter')
export const IconWifiOff = icon('wifi-off')
