import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Manifest and build settings; see README for loading the unpacked builds.
export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
  },
});
