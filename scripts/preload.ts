import type { HtmlTagDescriptor, Plugin, Rollup } from 'vite'

/** `RUNTIME_CONFIG_PATH` in src/api/config.ts: the file every start of the console reads first. */
export const CONFIG_PATH = '/config.json'
/** The route a fresh tab opens on: anyone not signed in is sent to it. */
export const FIRST_ROUTE_MODULE = 'src/features/auth/LoginPage.tsx'

type Bundle = Rollup.OutputBundle
type Chunk = Rollup.OutputChunk

/** The chunk's file and the files of every chunk it imports statically, however deep. */
function closure(bundle: Bundle, chunk: Chunk, into = new Set<string>()): Set<string> {
  if (into.has(chunk.fileName)) return into
  into.add(chunk.fileName)
  for (const file of chunk.imports) {
    const imported = bundle[file]
    if (imported?.type === 'chunk') closure(bundle, imported, into)
  }
  return into
}

/**
 * The tags that start the first screen's downloads beside the entry script: config.json (fetched by src/main.tsx, with
 * the same mode and credentials, so the answer is reused), and the sign-in route's chunk with the chunks and styles it
 * brings that the entry does not (the entry's own imports Vite preloads already).
 */
export function firstScreenPreloads(bundle: Bundle, entry: Chunk, base: string, routeModule = FIRST_ROUTE_MODULE): HtmlTagDescriptor[] {
  const tags: HtmlTagDescriptor[] = [
    { tag: 'link', attrs: { rel: 'preload', href: CONFIG_PATH, as: 'fetch', crossorigin: true }, injectTo: 'head' },
  ]
  const route = Object.values(bundle).find(
    // By its modules, not its facade: a chunk of a named group (vite.config.ts) has none.
    (output): output is Chunk => output.type === 'chunk' && output.moduleIds.some((id) => id.endsWith(`/${routeModule}`)),
  )
  if (!route) return tags
  const loaded = closure(bundle, entry)
  const files = [...closure(bundle, route)].filter((file) => !loaded.has(file))
  const styles = new Set(files.flatMap((file) => [...((bundle[file] as Chunk).viteMetadata?.importedCss ?? [])]))
  for (const file of files) {
    tags.push({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` }, injectTo: 'head' })
  }
  // Applied, not only fetched: a live build's page paints the sign-in card before any script (scripts/sign-in-card.ts).
  // Vite's preload helper, when the route is imported, finds the stylesheet there and adds no second one.
  for (const file of styles) {
    tags.push({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: `${base}${file}` }, injectTo: 'head' })
  }
  return tags
}

/**
 * A fresh tab waited on a chain before it showed anything: index.html, then the entry script, then config.json (asked
 * for once that script ran), then the sign-in route's chunk (imported once config.json was read and the router had
 * started). The built index.html now asks for all of them at once. Tags only: no inline script (scripts/csp.ts).
 */
export function preloadFirstScreen(): Plugin {
  let base = '/'
  return {
    name: 'fleet-console-preload-first-screen',
    apply: 'build',
    configResolved: (config) => void (base = config.base),
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => (ctx.bundle && ctx.chunk ? firstScreenPreloads(ctx.bundle, ctx.chunk, base) : []),
    },
  }
}
