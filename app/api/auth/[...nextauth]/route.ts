import { nextAuthHandler } from "@/lib/auth/next-auth-handler";

export { nextAuthHandler as GET, nextAuthHandler as POST };
