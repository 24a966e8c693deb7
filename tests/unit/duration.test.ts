import { describe, expect, it } from "vitest";
import { describeDuration } from "@/lib/domain/gaps";

describe("describeDuration: one way to say how long", () => {
  it.each([
    [0, "0 days"],
    [1, "1 day"],
    [5, "5 days"],
    [13, "13 days"],
    [14, "2 weeks"],
    [21, "3 weeks"],
    [59, "8 weeks"],
    [61, "2 months"],
    [340, "11 months"],
    [400, "13 months"],
    [731, "2 years"],
  ])("%i days read as %s, with the exact days beside", (days, text) => {
    expect(describeDuration(days, "en")).toEqual({ text, exact: days === 1 ? "1 day" : `${days} days` });
  });

  it("speaks Spanish with Spanish plurals", () => {
    expect(describeDuration(1, "es")).toEqual({ text: "1 día", exact: "1 día" });
    expect(describeDuration(21, "es")).toEqual({ text: "3 semanas", exact: "21 días" });
    expect(describeDuration(340, "es")).toEqual({ text: "11 meses", exact: "340 días" });
    expect(describeDuration(800, "es-US").text).toBe("2 años");
    expect(describeDuration(1500, "es").exact).toBe("1500 días");
  });

  it("counts calendar months from the first day when it is given", () => {
    // From January 1, 59 days reach March 1: two calendar months, where 30.44-day months see fewer.
    expect(describeDuration(58, "en", "2026-01-01").text).toBe("8 weeks");
    expect(describeDuration(59, "en", "2026-01-01").text).toBe("2 months");
    expect(describeDuration(59, "en").text).toBe("8 weeks");
    expect(describeDuration(334, "en", "2026-01-01").text).toBe("11 months");
    expect(describeDuration(333, "en", "2026-01-01").text).toBe("10 months");
  });

  it("never shows a negative or fractional duration", () => {
    expect(describeDuration(-3, "en").text).toBe("0 days");
    expect(describeDuration(2.7, "en").text).toBe("2 days");
  });
});
