// Before any schema is built, in every runtime: see the file for why.
import "./lib/core/zod-jitless";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { stampPeerAddresses } = await import("./lib/server/http/client-address");
  stampPeerAddresses();
  const { startServer } = await import("./lib/server/startup");
  await startServer();
}
