import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { changePasswordSchema, createInviteSchema, signUpSchema } from "@/lib/schemas/accounts";
import { passwordField } from "@/lib/schemas/fields";

const valid = {
  token: "t".repeat(43),
  name: "Ana Rivera",
  email: "Ana.Rivera@Example.org ",
  password: "a long enough phrase",
};

describe("signUpSchema", () => {
  it("normalises the email to trimmed lower case", () => {
    expect(signUpSchema.parse(valid).email).toBe("ana.rivera@example.org");
  });

  it("rejects unknown fields such as role", () => {
    const result = signUpSchema.safeParse({ ...valid, role: "admin" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe("unrecognized_keys");
  });

  it("names the field and the reason for each problem", () => {
    const result = signUpSchema.safeParse({ ...valid, email: "not-an-email", password: "short", name: "  " });
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(messages).toEqual({
      email: "validation.email",
      password: "validation.passwordTooShort",
      name: "validation.required",
    });
  });
});

describe("single-line text", () => {
  it("refuses NUL, other control characters and bidi overrides in names and emails", () => {
    for (const name of ["a\u0000b", "line\nbreak", "tab\there", "evil\u202Eeman", "\u2066isolated"]) {
      expect(signUpSchema.safeParse({ ...valid, name }).error?.issues[0]?.message, JSON.stringify(name)).toBe(
        "validation.controlCharacters",
      );
    }
    expect(signUpSchema.safeParse({ ...valid, email: "a\u0000@example.org" }).success).toBe(false);
    expect(signUpSchema.safeParse({ ...valid, name: "José Ñúñez-O'Brien 李" }).success).toBe(true);
  });

  it("takes invite tokens only in their URL-safe alphabet", () => {
    expect(signUpSchema.safeParse({ ...valid, token: "abc\u0000" }).success).toBe(false);
    expect(signUpSchema.safeParse({ ...valid, token: "a".repeat(201) }).success).toBe(false);
  });
});

describe("password policy", () => {
  it("takes 8 to 128 characters counted as people count them, with no composition rules", () => {
    expect(passwordField.safeParse("abcdefgh").success).toBe(true);
    expect(passwordField.safeParse("abcdefg").success).toBe(false);
    expect(passwordField.safeParse("🙂".repeat(8)).success).toBe(true); // 16 UTF-16 units, 8 characters
    expect(passwordField.safeParse("🙂".repeat(7)).success).toBe(false);
    expect(passwordField.safeParse("x".repeat(128)).success).toBe(true);
    expect(passwordField.safeParse("x".repeat(129)).success).toBe(false);
  });

  it("never alters a password it accepts (no trimming, no truncation)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 8, maxLength: 40 }), (password) => {
        const result = passwordField.safeParse(password);
        if (result.success) expect(result.data).toBe(password);
      }),
    );
  });
});

describe("other request schemas", () => {
  it("accepts an empty invite and refuses a malformed family id", () => {
    expect(createInviteSchema.safeParse({}).success).toBe(true);
    expect(createInviteSchema.safeParse({ familyId: "123" }).success).toBe(false);
  });

  it("requires the current password and a policy-conforming new one", () => {
    expect(changePasswordSchema.safeParse({ currentPassword: "", newPassword: "a good new one" }).success).toBe(false);
    expect(changePasswordSchema.safeParse({ currentPassword: "old", newPassword: "short" }).success).toBe(false);
    expect(changePasswordSchema.safeParse({ currentPassword: "old", newPassword: "a good new one" }).success).toBe(
      true,
    );
  });
});
