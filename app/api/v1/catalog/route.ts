import { catalogDto } from "@/lib/domain/catalog/dto";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

// Public: the catalog holds no family data, and the articles that explain it are public too.
export const GET = route(async () => json(catalogDto()));
