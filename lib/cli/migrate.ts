import { openConfiguredDatabase } from "@/lib/server/database";

// Opening the database applies the migrations (under an advisory lock on Postgres).
const handle = await openConfiguredDatabase();
await handle.close();
console.log("Migrations are up to date.");
