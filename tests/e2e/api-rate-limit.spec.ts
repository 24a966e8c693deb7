import type { APIRequestContext } from "@playwright/test";
import {
  expect,
  expectError,
  expectSignInOk,
  expectSignInRejected,
  postSignIn,
  test,
  uniqueAddress,
  uniqueEmail,
  type ErrorBody,
} from "./support/accounts";

// Every request comes from 127.0.0.1, and more than 10 failures from one address also blocks. The
// e2e server trusts one proxy hop (TRUSTED_PROXY_HOPS=1), so each test here fails sign-ins from
// addresses of its own, named in X-Forwarded-For, and leaves the rest of the suite alone.
const MAX_FAILURES = 10;

async function expectRateLimited(
  context: APIRequestContext,
  email: string,
  password: string,
  address: string,
): Promise<ErrorBody> {
  const response = await postSignIn(context, email, password, { "X-Forwarded-For": address });
  const body = await expectError(response, 429, "rate_limited");
  const retryAfter = Number(response.headers()["retry-after"]);
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(15 * 60);
  return body;
}

test("10 wrong passwords for one email block the 11th attempt, even with the right password, from any address", async ({
  newParent,
  newApi,
}) => {
  const parent = await newParent();
  const context = await newApi();
  const address = uniqueAddress();
  for (let attempt = 1; attempt <= MAX_FAILURES; attempt++) {
    await expectSignInRejected(context, parent.email, `wrong password ${attempt}`, { "X-Forwarded-For": address });
  }
  await expectRateLimited(context, parent.email, parent.password, address);
  // The block is per email too: another address does not get around it.
  await expectRateLimited(await newApi(), parent.email, parent.password, uniqueAddress());
  // ...and it does not spill onto other accounts signing in from elsewhere.
  const other = await newParent();
  await expectSignInOk(await newApi(), other.email, other.password, { "X-Forwarded-For": uniqueAddress() });
});

test("an unknown email is limited the same way, with the same answer", async ({ newParent, newApi }) => {
  // Failures from a different address each time, so only the per-email count can block.
  const unknown = uniqueEmail("nobody");
  const known = await newParent();
  for (let attempt = 1; attempt <= MAX_FAILURES; attempt++) {
    const forUnknown = await expectSignInRejected(await newApi(), unknown, "some password", {
      "X-Forwarded-For": uniqueAddress(),
    });
    const forKnown = await expectSignInRejected(await newApi(), known.email, "some password", {
      "X-Forwarded-For": uniqueAddress(),
    });
    // Unknown email and wrong password are indistinguishable.
    expect(forUnknown).toEqual(forKnown);
  }
  const unknownBlocked = await expectRateLimited(await newApi(), unknown, "some password", uniqueAddress());
  const knownBlocked = await expectRateLimited(await newApi(), known.email, known.password, uniqueAddress());
  expect(unknownBlocked).toEqual(knownBlocked);
});

test("10 failures from one address block that address, whatever the account", async ({ newParent, newApi }) => {
  const parent = await newParent();
  const address = uniqueAddress();
  for (let attempt = 1; attempt <= MAX_FAILURES; attempt++) {
    await expectSignInRejected(await newApi(), uniqueEmail(`spray${attempt}`), "guessed password", {
      "X-Forwarded-For": address,
    });
  }
  await expectRateLimited(await newApi(), parent.email, parent.password, address);
  // The account itself is not locked: from another address it signs in.
  await expectSignInOk(await newApi(), parent.email, parent.password, { "X-Forwarded-For": uniqueAddress() });
});

test("fewer than 10 failures do not block, and a success does not count as a failure", async ({
  newParent,
  newApi,
}) => {
  const parent = await newParent();
  const address = uniqueAddress();
  for (let attempt = 1; attempt < MAX_FAILURES; attempt++) {
    await expectSignInRejected(await newApi(), parent.email, `wrong ${attempt}`, { "X-Forwarded-For": address });
  }
  await expectSignInOk(await newApi(), parent.email, parent.password, { "X-Forwarded-For": address });
  await expectSignInOk(await newApi(), parent.email, parent.password, { "X-Forwarded-For": address });
});
