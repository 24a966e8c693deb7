import "server-only";
import type { Executor } from "@/db/client";
import { users } from "@/db/schema";
import type { Role } from "@/lib/identity/actor";
import { hashPassword } from "@/lib/identity/password";
import { recordAudit } from "@/lib/identity/audit";
import { AppError } from "@/lib/core/errors";
import { isUniqueViolation } from "./unique-violation";

/** Creates an account directly (operators' command and demo data; families use invites). */
export async function createUser(db: Executor, input: { role: Role; email: string; name: string; password: string }) {
  try {
    const passwordHash = await hashPassword(input.password);
    return await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({ role: input.role, email: input.email, name: input.name, passwordHash })
        .returning({ id: users.id, email: users.email, name: users.name, role: users.role });
      await recordAudit(tx, {
        actorId: null,
        action: "account.create",
        targetType: "user",
        targetId: user!.id,
        outcome: "ok",
        details: { role: input.role },
      });
      return user!;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("email_taken");
    throw error;
  }
}
