import { describe, expect, it } from "vitest";
import { returnPathFromReferer, safeReturnPath, signInHref } from "./return-path";

describe("safeReturnPath", () => {
  it.each([
    ["/account", "/account"],
    ["/account/beneficiaries/new", "/account/beneficiaries/new"],
    ["/account/beneficiaries/1b2c/edit?step=2#name", "/account/beneficiaries/1b2c/edit?step=2#name"],
    ["/staff", "/staff"],
    ["/centres?pin=560001", "/centres?pin=560001"],
    ["/account/../staff", "/staff"],
  ])("keeps the same-site path %s", (raw, expected) => {
    expect(safeReturnPath(raw, "/fallback")).toBe(expected);
  });

  it.each([
    ["another origin", "https://evil.example/account"],
    ["a protocol-relative URL", "//evil.example/account"],
    ["a backslash trick", "/\\evil.example"],
    ["backslashes only", "\\\\evil.example"],
    ["a tab browsers would strip", "/\t/evil.example"],
    ["a newline", "/account\n/x"],
    ["a leading space", " /account"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a data: URL", "data:text/html,hi"],
    ["a scheme with one slash", "http:/evil.example"],
    ["a relative path", "account"],
    ["an empty string", ""],
    ["the API", "/api/auth/signout"],
    ["the sign-in page itself", "/sign-in"],
    ["the staff sign-in page", "/staff/sign-in"],
    ["something very long", `/${"a".repeat(600)}`],
    ["not a string", ["/account"]],
    ["nothing", undefined],
  ])("refuses %s", (_, raw) => {
    expect(safeReturnPath(raw, "/fallback")).toBe("/fallback");
  });
});

describe("returnPathFromReferer", () => {
  it("takes the path and query of the page a form came from", () => {
    expect(returnPathFromReferer("https://vaxport.example/account/beneficiaries/new?x=1", "/account")).toBe("/account/beneficiaries/new?x=1");
  });

  it("falls back without a usable referer", () => {
    expect(returnPathFromReferer(null, "/account")).toBe("/account");
    expect(returnPathFromReferer("not a url", "/account")).toBe("/account");
    expect(returnPathFromReferer("https://vaxport.example/sign-in?callbackUrl=%2Fx", "/account")).toBe("/account");
  });
});

describe("signInHref", () => {
  it("carries the return path, encoded, to the right sign-in page", () => {
    expect(signInHref("citizen", "/account/beneficiaries/new")).toBe("/sign-in?callbackUrl=%2Faccount%2Fbeneficiaries%2Fnew");
    expect(signInHref("staff", "/staff/sessions?day=2")).toBe("/staff/sign-in?callbackUrl=%2Fstaff%2Fsessions%3Fday%3D2");
  });

  it("can say that the session ended", () => {
    expect(signInHref("citizen", "/account/beneficiaries/new", { sessionEnded: true })).toBe("/sign-in?callbackUrl=%2Faccount%2Fbeneficiaries%2Fnew&sessionEnded=1");
    expect(signInHref("staff", "/staff", { sessionEnded: true })).toBe("/staff/sign-in?sessionEnded=1");
  });

  it("leaves it off when it is the area's home or unsafe", () => {
    expect(signInHref("citizen", "/account")).toBe("/sign-in");
    expect(signInHref("staff", "//evil.example")).toBe("/staff/sign-in");
  });
});
