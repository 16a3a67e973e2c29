import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// In production the API serves dist/; during development Vite proxies /api to it so the
// session cookie stays same-origin (SameSite=Strict would drop it across ports otherwise).
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { "/api": "http://localhost:3000" },
  },
  build: { outDir: "dist", emptyOutDir: true },
});
