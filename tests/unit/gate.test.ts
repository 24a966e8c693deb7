import { describe, expect, it } from "vitest";
import { createGate } from "@/lib/core/gate";

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("createGate", () => {
  it("lets at most `limit` callers in at once, in the order they came", async () => {
    const through = createGate(2);
    let inside = 0;
    let most = 0;
    const started: number[] = [];
    const results = await Promise.all(
      [0, 1, 2, 3, 4].map((index) =>
        through(async () => {
          started.push(index);
          inside++;
          most = Math.max(most, inside);
          await tick();
          inside--;
          return index * 10;
        }),
      ),
    );
    expect(most).toBe(2);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(results).toEqual([0, 10, 20, 30, 40]);
  });

  it("frees the place of a caller whose work fails", async () => {
    const through = createGate(1);
    await expect(through(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(through(async () => "next")).resolves.toBe("next");
  });
});
