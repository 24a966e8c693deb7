import { benchStatementCount } from "@/lib/server/diagnostics/statements";
import { errorResponse, json } from "@/lib/server/http/respond";

export const dynamic = "force-dynamic";

// The benchmark's statement count (see lib/server/diagnostics/statement-counter.ts). Without the counter switched on
// and its token presented, this path is as unknown as any other.
export async function GET(request: Request) {
  const statements = benchStatementCount(request);
  return statements === undefined ? errorResponse("not_found") : json({ statements });
}
