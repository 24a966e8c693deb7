// Runs in the browser before any page module (Next.js: before hydration starts).
import "./lib/core/zod-jitless";
