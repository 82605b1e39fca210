import { lazy, type ReactNode, Suspense } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { Layout } from '../components/Layout.js';
import { QueryState } from '../components/QueryState.js';
import { routes as adminRoutes } from '../pages/admin/routes.js';
import { routes as adviserRoutes } from '../pages/adviser/routes.js';
import { routes as companyRoutes } from '../pages/company/routes.js';
import { routes as consultantRoutes } from '../pages/consultant/routes.js';
import { LoginPage } from '../pages/login/LoginPage.js';
import { routes as overviewRoutes } from '../pages/overview/routes.js';
import { useAuth } from './auth.js';

// Route-level code splitting: each workspace page is its own chunk.
const HomePage = lazy(() => import('../pages/home/HomePage.js').then((m) => ({ default: m.HomePage })));

function RequireLogin({ children }: { children: ReactNode }) {
  const { me, fetching } = useAuth();
  if (fetching) return <QueryState fetching />;
  if (!me) return <Navigate to="/login" replace />;
  return <>{children}</>;
}

const page = (el: ReactNode) => <Suspense fallback={<QueryState fetching />}>{el}</Suspense>;

const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: (
      <RequireLogin>
        <Layout />
      </RequireLogin>
    ),
    children: [
      { index: true, element: page(<HomePage />) },
      ...[...consultantRoutes, ...companyRoutes, ...adviserRoutes, ...overviewRoutes, ...adminRoutes].map((r) => ({
        ...r,
        element: page(r.element),
      })),
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
