import { Navigate, createBrowserRouter, type RouteObject } from 'react-router-dom'
import { PageLoader } from './pages/PageLoader'
import { NotFoundPage } from './pages/NotFoundPage'
import { RouteError } from './pages/RouteError'
import { RequireSession } from './RequireSession'

/** What signing in asks for first (./landing.ts). */
export const loadLanding = () => import('./landing')
const loadDomainIndex = () => import('./DomainIndex')
const loadDomainLayout = () => import('./layout/DomainLayout')
const loadClientsPage = () => import('../features/clients/ClientsPage')

/** The way most sign-ins go (through "/" to a domain's clients): the landing requests, the shell and the table. */
function loadLandingRoutes() {
  // A failed download is retried by the route itself when it is visited.
  for (const load of [loadLanding, loadDomainIndex, loadDomainLayout, loadClientsPage]) load().catch(() => {})
}

/**
 * Once the login page is up, the landing routes are fetched while the browser is idle (not before: they would delay
 * the form), and at the latest when the form is sent, beside the token request: a quick sign-in (a password manager)
 * does not wait for them after its tokens. They are a few chunks, not one file per module (vite.config.ts).
 */
function prefetchLanding() {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(loadLandingRoutes)
}

/**
 * Gives every route of a tree its own error boundary: a render error (or a module that fails to load) in a
 * page or a tab replaces that page or tab only, with Retry, and the shell and navigation around it stay.
 */
function withBoundaries(routes: RouteObject[]): RouteObject[] {
  return routes.map((route) =>
    route.index
      ? { ...route, errorElement: <RouteError inShell /> }
      : { ...route, errorElement: <RouteError inShell />, children: route.children && withBoundaries(route.children) },
  )
}

/** Route modules load on demand: the login page never downloads the table or the shell. */
const clientTabs: RouteObject[] = [
  { index: true, lazy: () => import('../features/clients/ClientConfigurationTab').then((m) => ({ Component: m.ClientConfigurationTab })) },
  {
    path: 'certificates',
    handle: { crumb: 'Certificates' },
    lazy: () => import('../features/certificates/CertificatesTab').then((m) => ({ Component: m.CertificatesTab })),
  },
  {
    path: 'connections',
    handle: { crumb: 'Connections' },
    lazy: () => import('../features/connections/ClientConnectionsTab').then((m) => ({ Component: m.ClientConnectionsTab })),
  },
  {
    path: 'connect',
    handle: { crumb: 'Connect' },
    lazy: () => import('../features/messaging/ClientConnectTab').then((m) => ({ Component: m.ClientConnectTab })),
  },
  {
    path: 'messages',
    handle: { crumb: 'Messages' },
    lazy: () => import('../features/messaging/ClientMessagesTab').then((m) => ({ Component: m.ClientMessagesTab })),
  },
  {
    path: 'roles',
    handle: { crumb: 'Roles' },
    children: [
      { index: true, lazy: () => import('../features/roles/RolesTab').then((m) => ({ Component: m.RolesTab })) },
      { path: ':roleId', lazy: () => import('../features/roles/RolePage').then((m) => ({ Component: m.RolePage, handle: m.handle })) },
    ],
  },
  {
    path: 'members',
    handle: { crumb: 'Members' },
    lazy: () => import('../features/members/MembersTab').then((m) => ({ Component: m.MembersTab })),
  },
  {
    path: 'audit-logs',
    handle: { crumb: 'Audit logs' },
    lazy: () => import('../features/audit-logs/ClientAuditLogsTab').then((m) => ({ Component: m.ClientAuditLogsTab })),
  },
]

export const routes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    HydrateFallback: PageLoader,
    children: [
      {
        path: '/login',
        lazy: () =>
          import('../features/auth/LoginPage').then((m) => {
            prefetchLanding()
            return { element: <m.LoginPage onSignInStart={loadLandingRoutes} /> }
          }),
      },
      {
        element: <RequireSession />,
        children: [
          { path: '/', lazy: () => loadDomainIndex().then((m) => ({ Component: m.DomainIndex })) },
          { path: '/domains', lazy: () => import('../features/auth/ChooseDomainPage').then((m) => ({ Component: m.ChooseDomainPage })) },
          {
            path: '/:domainId',
            lazy: () => loadDomainLayout().then((m) => ({ Component: m.DomainLayout, handle: m.handle })),
            children: withBoundaries([
              { index: true, element: <Navigate to="clients" replace /> },
              {
                path: 'clients',
                handle: { crumb: 'Clients' },
                children: [
                  { index: true, lazy: () => loadClientsPage().then((m) => ({ Component: m.ClientsPage })) },
                  {
                    path: ':clientId',
                    lazy: () => import('../features/clients/ClientLayout').then((m) => ({ Component: m.ClientLayout, handle: m.handle })),
                    children: clientTabs,
                  },
                ],
              },
              {
                path: 'channels',
                handle: { crumb: 'Channels' },
                children: [
                  { index: true, lazy: () => import('../features/connections/ChannelsPage').then((m) => ({ Component: m.ChannelsPage })) },
                  {
                    path: ':channelId',
                    lazy: () => import('../features/connections/ChannelPage').then((m) => ({ Component: m.ChannelPage, handle: m.handle })),
                  },
                  {
                    path: ':channelId/messages',
                    handle: { crumb: 'Messages' },
                    lazy: () => import('../features/messaging/ChannelMessagesPage').then((m) => ({ Component: m.ChannelMessagesPage })),
                  },
                ],
              },
              {
                path: 'connections/matrix',
                handle: { crumb: 'Connection matrix' },
                lazy: () => import('../features/connections/ConnectionMatrixPage').then((m) => ({ Component: m.ConnectionMatrixPage })),
              },
              {
                path: 'bootstraps',
                handle: { crumb: 'Bootstraps' },
                children: [
                  {
                    index: true,
                    lazy: () => import('../features/bootstraps/BootstrapsPage').then((m) => ({ Component: m.BootstrapsPage })),
                  },
                  {
                    path: ':configId',
                    lazy: () =>
                      import('../features/bootstraps/BootstrapPage').then((m) => ({ Component: m.BootstrapPage, handle: m.handle })),
                  },
                ],
              },
              {
                path: 'audit-logs',
                handle: { crumb: 'Audit logs' },
                lazy: () => import('../features/audit-logs/AuditLogsPage').then((m) => ({ Component: m.AuditLogsPage })),
              },
              { path: '*', element: <NotFoundPage /> },
            ]),
          },
        ],
      },
      { path: '*', element: <NotFoundPage standalone /> },
    ],
  },
]

export function createRouter() {
  return createBrowserRouter(routes)
}
export type AppRouter = ReturnType<typeof createRouter>

/** Resolves once the router has the current route's module: its first render is then that page, not the loader. */
export function routerReady(router: AppRouter): Promise<void> {
  return new Promise((resolve) => {
    if (router.state.initialized) return resolve()
    const stop = router.subscribe((state) => {
      if (!state.initialized) return
      stop()
      resolve()
    })
  })
}
