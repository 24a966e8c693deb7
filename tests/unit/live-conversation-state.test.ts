import { describe, expect, it } from "vitest";
import { conversationState, type LiveState } from "@/app/_components/live-context";

const FAMILY = "0b9d7c3e-5a41-4f8e-9c2d-6e1f3a7b8c90";
const OTHER = "1c8e6d2f-4b30-4e7d-8b1c-5d0e2f6a7b9c";
const state = (overrides: Partial<LiveState>): LiveState => ({
  status: "live",
  carrying: FAMILY,
  forbidden: [],
  ...overrides,
});

describe("how the user's one stream stands for the conversation a page shows", () => {
  it("is live only while the open connection carries this very conversation", () => {
    expect(conversationState(state({}), FAMILY).stream).toBe("live");
    // Open, but for the badges alone or for another family: reopening for this one, the page polls meanwhile.
    expect(conversationState(state({ carrying: null }), FAMILY).stream).toBe("connecting");
    expect(conversationState(state({ carrying: OTHER }), FAMILY).stream).toBe("connecting");
    expect(conversationState(state({ status: "connecting" }), FAMILY).stream).toBe("connecting");
  });

  it("polls while the stream is down or there is none", () => {
    expect(conversationState(state({ status: "down" }), FAMILY).stream).toBe("polling");
    expect(conversationState(state({ status: "off", carrying: null }), FAMILY).stream).toBe("polling");
  });

  it("ends for the session's end, and for a family no longer the caller's to see, saying which", () => {
    expect(conversationState(state({ status: "ended" }), FAMILY)).toEqual({ stream: "ended", ended: "session" });
    // The server ended this conversation alone: the stream itself goes on, live, for the rest.
    expect(conversationState(state({ carrying: null, forbidden: [FAMILY] }), FAMILY)).toEqual({
      stream: "ended",
      ended: "forbidden",
    });
    expect(conversationState(state({ carrying: null, forbidden: [OTHER] }), FAMILY).stream).toBe("connecting");
  });
});
