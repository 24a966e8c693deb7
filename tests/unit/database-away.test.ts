import { describe, expect, it } from "vitest";
import { reportDatabaseAway } from "@/lib/server/http/database-away";
import { assertBeforeDeadline } from "@/lib/core/deadline";
import { route } from "@/lib/server/http/route";

const call = (handler: Parameters<typeof route>[0]) =>
  route(handler)(new Request("http://localhost/api/v1/x"), { params: Promise.resolve({}) });

describe("a request waiting on a database that went away", () => {
  it("answers 503 as soon as another request finds the server refusing connections", async () => {
    let resume: () => void = () => {};
    const stuck = new Promise<void>((resolve) => (resume = resolve));
    let committed = false;
    const started = Date.now();
    const answer = call(async () => {
      await stuck; // a driver call on a socket that died with the server
      assertBeforeDeadline(); // what a transaction checks before it commits
      committed = true;
      return new Response("late");
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    reportDatabaseAway(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }));
    const response = await answer;
    expect(response.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(1000);
    // When the stuck call finally returns, its write does not land.
    resume();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(committed).toBe(false);
  });

  it("leaves requests that are not waiting alone", async () => {
    reportDatabaseAway(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }));
    const response = await call(async () => {
      assertBeforeDeadline();
      return new Response("fine");
    });
    expect(response.status).toBe(200);
  });
});
