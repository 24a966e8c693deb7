import { parseArgs } from "node:util";
import { openConfiguredDatabase } from "@/lib/server/database";
import { createUser } from "@/lib/accounts/create-user";
import { AppError } from "@/lib/core/errors";
import { fieldsOf } from "@/lib/core/validation";
import { fieldWords } from "@/lib/core/i18n/field-words";
import { createUserSchema } from "@/lib/schemas/accounts";
import { readSecret } from "./read-secret";

const usage =
  'Usage: npm run user:create -- --role coach|admin|parent --email you@example.org --name "Your Name" (password from PASSWORD or a prompt)';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { role: { type: "string" }, email: { type: "string" }, name: { type: "string" } },
  });
  const password = process.env.PASSWORD ?? (await readSecret("Password (8 to 128 characters): "));
  const parsed = createUserSchema.safeParse({ ...values, password });
  if (!parsed.success) {
    console.error(usage);
    for (const [field, message] of Object.entries(fieldWords(fieldsOf(parsed.error))))
      console.error(`  ${field}: ${message}`);
    return 2;
  }
  const handle = await openConfiguredDatabase();
  try {
    const user = await createUser(handle.db, parsed.data);
    console.log(`Created ${user.role} ${user.email} (${user.id}).`);
    return 0;
  } catch (error) {
    if (error instanceof AppError && error.code === "email_taken") {
      console.error(`An account with the email ${parsed.data.email} already exists.`);
      return 1;
    }
    throw error;
  } finally {
    await handle.close();
  }
}

process.exitCode = await main();
