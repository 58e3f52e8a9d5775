import { Navigate, createBrowserRouter, type RouteObject } from 'react-router-dom'
import { PageLoader } from './pages/PageLoader'
import { NotFoundPage } from './pages/NotFoundPage'
import { RouteError } from './pages/RouteError'
import { RequireSession } from './RequireSession'

/** Route modules load on demand: the login page never downloads the table or the shell. */
const clientTabs: RouteObject[] = [
  { index: true, lazy: () => import('../features/clients/ClientConfigurationTab').then((m) => ({ Component: m.ClientConfigurationTab })) },
  { path: 'connections', handle: { crumb: 'Connections' }, lazy: () => import('./pages/UpcomingTab').then((m) => ({ Component: m.UpcomingTab })) },
  { path: 'roles', handle: { crumb: 'Roles' }, lazy: () => import('./pages/UpcomingTab').then((m) => ({ Component: m.UpcomingTab })) },
  { path: 'members', handle: { crumb: 'Members' }, lazy: () => import('./pages/UpcomingTab').then((m) => ({ Component: m.UpcomingTab })) },
  { path: 'audit-logs', handle: { crumb: 'Audit logs' }, lazy: () => import('../features/audit-logs/ClientAuditLogsTab').then((m) => ({ Component: m.ClientAuditLogsTab })) },
]

export const routes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    HydrateFallback: PageLoader,
    children: [
      { path: '/login', lazy: () => import('../features/auth/LoginPage').then((m) => ({ Component: m.LoginPage })) },
      {
        element: <RequireSession />,
        children: [
          { path: '/', lazy: () => import('./DomainIndex').then((m) => ({ Component: m.DomainIndex })) },
          { path: '/domains', lazy: () => import('../features/auth/ChooseDomainPage').then((m) => ({ Component: m.ChooseDomainPage })) },
          {
            path: '/:domainId',
            lazy: () => import('./layout/DomainLayout').then((m) => ({ Component: m.DomainLayout, handle: m.handle })),
            children: [
              { index: true, element: <Navigate to="clients" replace /> },
              {
                path: 'clients',
                handle: { crumb: 'Clients' },
                children: [
                  { index: true, lazy: () => import('../features/clients/ClientsPage').then((m) => ({ Component: m.ClientsPage })) },
                  {
                    path: ':clientId',
                    lazy: () => import('../features/clients/ClientLayout').then((m) => ({ Component: m.ClientLayout, handle: m.handle })),
                    children: clientTabs,
                  },
                ],
              },
              { path: 'audit-logs', handle: { crumb: 'Audit logs' }, lazy: () => import('../features/audit-logs/AuditLogsPage').then((m) => ({ Component: m.AuditLogsPage })) },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]

export function createRouter() {
  return createBrowserRouter(routes)
}
