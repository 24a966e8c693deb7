import { databaseIsUp } from "@/lib/server/health";
import { json } from "@/lib/server/http/respond";

export async function GET() {
  const up = await databaseIsUp();
  return json({ status: up ? "ok" : "unavailable", database: up ? "ok" : "unavailable" }, up ? 200 : 503);
}
