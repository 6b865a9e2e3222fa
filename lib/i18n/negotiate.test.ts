import { describe, expect, it } from "vitest";
import { matchAcceptLanguage } from "./negotiate";

const supported = ["en", "hi"] as const;

describe("matchAcceptLanguage", () => {
  it.each([
    [null, undefined],
    ["", undefined],
    ["hi", "hi"],
    ["hi-IN,hi;q=0.9,en;q=0.8", "hi"],
    ["en-GB,en;q=0.9", "en"],
    ["fr-FR,fr;q=0.9,hi;q=0.5", "hi"],
    ["en;q=0.5,hi;q=0.8", "hi"],
    ["HI-in", "hi"],
    ["fr,de", undefined],
    ["hi;q=0,en;q=0.1", "en"],
    ["*", "en"],
    ["ta-IN, hi-IN;q=0.7, en;q=0.7", "hi"],
    ["en;q=abc,hi", "hi"],
  ] as const)("%s → %s", (header, expected) => {
    expect(matchAcceptLanguage(header, supported)).toBe(expected);
  });
});
