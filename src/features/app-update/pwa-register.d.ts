// `virtual:pwa-register/react` is provided by vite-plugin-pwa (scripts/pwa.ts).
/// <reference types="vite-plugin-pwa/react" />
