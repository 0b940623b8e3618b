import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const uiRoot = fileURLToPath(new URL('./admin-ui', import.meta.url));

// The console is served by the API server from admin-ui/dist in production and tests;
// in development Vite serves it and forwards /api so cookies stay same-origin.
export default defineConfig({
  root: uiRoot,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The react-admin + MUI core is one large chunk by nature; screens are split with React.lazy.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
});
