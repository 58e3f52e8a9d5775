import type { Plugin } from 'vite'
import { REFRESH_KEY } from '../src/api/session.ts'
import { buildHasApiUrl } from './csp.ts'

/**
 * The login page as the page's own HTML, the markup src/features/auth/LoginPage.tsx renders in a live build (no demo
 * accounts), so a fresh tab paints it as soon as the HTML and the styles are in, not after the scripts have loaded and
 * run (on a phone's network, a second later). React replaces it with the same markup (src/main.tsx waits for the login
 * route first, so nothing blinks) and takes over what was typed (src/features/auth/static-sign-in.ts). Until then the button is
 * inert: `aria-disabled`, type "button", and a form with two fields and no submit button never submits on Enter.
 * src/features/auth/static-sign-in.test.tsx compares it with LoginPage's markup.
 */
export const SIGN_IN_CARD = `<main class="auth-page" data-static-sign-in>
  <div class="auth-card">
    <div class="auth-brand"><span class="brand-mark" aria-hidden="true"><span class="icon icon-cpu icon-20" aria-hidden="true"></span></span><span class="brand-name">Fleet Console</span></div>
    <h1 class="auth-title">Sign in</h1>
    <p class="auth-subtitle">Manage the devices and applications of your Magistrala domains.</p>
    <form class="stack" novalidate method="post">
      <div class="field"><div class="field-label-row"><label for="static-sign-in-username" class="field-label">Username or email</label></div><input id="static-sign-in-username" class="input" name="username" autocomplete="username" /></div>
      <div class="field"><div class="field-label-row"><label for="static-sign-in-password" class="field-label">Password</label></div><input id="static-sign-in-password" class="input" type="password" name="password" autocomplete="current-password" /></div>
      <button type="button" class="btn btn-primary btn-md auth-submit" aria-disabled="true">Sign in</button>
    </form>
  </div>
</main>`

/** src/lib/theme.ts's key (not imported: its module's own imports do not load in vite.config.ts); the test checks it. */
export const THEME_KEY = 'fleet-console.theme'

/**
 * The script that runs first in the head (a file of the build, so the CSP's `script-src 'self'` covers it; it is read
 * beside the stylesheets, which hold the first paint anyway). The card is for a tab with no session (no refresh token
 * in this tab's storage: every route then goes to the login page); a tab that can resume its session shows nothing
 * until the console is up, as before. It sets the stored theme, so the card's paint has it, and starts the console's
 * entry script (`entry`): at once without the card; with it, once the card is painted (the browser's paint timing says
 * so; a frame later where it has none), so the entry's download and run come after the first paint instead of racing
 * it (on a phone's network the scripts are most of the bytes), and within half a second where no frame comes (a tab
 * opened in the background).
 */
export function cardSwitch(entry: string): string {
  return `(function(){var d=document.documentElement,card=false;try{card=!sessionStorage.getItem(${JSON.stringify(REFRESH_KEY)});var t=localStorage.getItem(${JSON.stringify(THEME_KEY)});if(t==="light"||t==="dark")d.setAttribute("data-theme",t)}catch(e){}var started=false;function start(){if(started)return;started=true;var s=document.createElement("script");s.type="module";s.crossOrigin="";s.src=${JSON.stringify(entry)};document.head.appendChild(s)}if(!card)return start();d.setAttribute("data-sign-in-card","");setTimeout(start,500);try{new PerformanceObserver(start).observe({type:"paint"})}catch(e){requestAnimationFrame(function(){setTimeout(start)})}})()\n`
}

/** Hidden unless the switch chose it; its icon waits for the icons' styles (a script's); the inert button keeps the look of the live one. */
const CARD_STYLE = `html:not([data-sign-in-card]) [data-static-sign-in]{display:none}[data-static-sign-in] .icon{visibility:hidden}[data-static-sign-in] .btn[aria-disabled="true"]{opacity:1;cursor:progress}`

/** Vite's tag for the entry script, which the switch replaces. */
const ENTRY_TAG = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/

/**
 * In a build with an API URL (no demo mode): writes the card into index.html's root, the switch as a file of the build
 * (its name hashed like the others, as it names the entry's), and the switch's tag in place of the entry's.
 */
export function staticSignInCard(): Plugin {
  let live = false
  let base = '/'
  let switchFile: string | null = null
  return {
    name: 'fleet-console-static-sign-in',
    apply: 'build',
    configResolved: (config) => {
      live = buildHasApiUrl(config.env)
      base = config.base
    },
    // Before Vite's HTML plugin writes index.html (its own generateBundle, after this plugin's).
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find((output) => output.type === 'chunk' && output.isEntry)
      if (!live || !entry) return
      const ref = this.emitFile({ type: 'asset', name: 'sign-in-switch.js', source: cardSwitch(`${base}${entry.fileName}`) })
      switchFile = this.getFileName(ref)
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        if (!live || !switchFile || !ENTRY_TAG.test(html)) return html
        return (
          html
            .replace(ENTRY_TAG, '')
            // Before the stylesheets (a script after them would wait for them), after `<meta charset>` (read in the
            // first 1,024 bytes).
            .replace('<title>', `<script src="${base}${switchFile}"></script><style>${CARD_STYLE}</style>\n    <title>`)
            .replace('<div id="root"></div>', `<div id="root">${SIGN_IN_CARD}</div>`)
        )
      },
    },
  }
}
