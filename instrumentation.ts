export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { stampPeerAddresses } = await import("./lib/http/client-address");
  stampPeerAddresses();
  const { startServer } = await import("./lib/startup");
  await startServer();
}
