import { openConfiguredDatabase } from "@/lib/server/database";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "@/lib/demo/seed";

const handle = await openConfiguredDatabase();
try {
  await seedDemo(handle.db);
  console.log(`Demo data is in place. Accounts (password ${DEMO_PASSWORD}):`);
  for (const account of Object.values(DEMO_ACCOUNTS)) console.log(`  ${account.role.padEnd(6)} ${account.email}`);
} finally {
  await handle.close();
}
