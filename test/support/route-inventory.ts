import type { Express } from 'express';

interface RouterLayer {
  route?: { path: string; methods: Record<string, boolean> };
  /** The path given to `app.use(path, …)` or `router.use(path, …)` (router 2). */
  rawPath?: unknown;
  handle?: { stack?: RouterLayer[] };
}

/**
 * Every `METHOD /path` Express actually routes, read from the live router (not from our list),
 * including routes on sub-routers mounted with `app.use(path, router)` at any depth: an upload
 * router is the usual way a route escapes the declared table.
 */
export function routesServedBy(app: Express): string[] {
  const found: string[] = [];
  const walk = (stack: RouterLayer[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        // A sub-router's root route (`/`) serves the mount path itself.
        const path = prefix && layer.route.path === '/' ? prefix : `${prefix}${layer.route.path}`;
        for (const method of Object.keys(layer.route.methods)) found.push(`${method.toUpperCase()} ${path}`);
      } else if (Array.isArray(layer.handle?.stack)) {
        // Our app mounts routers on plain string paths; a regexp or array mount would show as `<pattern>`.
        const mount = typeof layer.rawPath === 'string' ? layer.rawPath : '<pattern>';
        walk(layer.handle.stack, mount === '/' ? prefix : `${prefix}${mount}`);
      }
    }
  };
  walk((app as unknown as { router: { stack: RouterLayer[] } }).router.stack, '');
  return found;
}

/** Served API routes that no RouteDefinition declares (each must have a policy entry). */
export function undeclaredApiRoutes(app: Express, declared: ReadonlyArray<{ method: string; path: string }>): string[] {
  const known = new Set(declared.map((route) => `${route.method.toUpperCase()} ${route.path}`));
  return routesServedBy(app).filter((route) => route.includes(' /api/') && !known.has(route));
}
