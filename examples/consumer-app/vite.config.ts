import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Nothing Changemap-specific: the editor's layout worker and stylesheet need no configuration.
export default defineConfig({
  plugins: [react()],
});
