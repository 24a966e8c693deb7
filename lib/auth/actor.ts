export type Role = "parent" | "coach" | "admin";

/** The signed-in user as every data-access function receives it. */
export type Actor = {
  id: string;
  email: string;
  name: string;
  role: Role;
  sessionId: string;
};
