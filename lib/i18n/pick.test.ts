import { describe, expect, it } from "vitest";
import { pickMessages } from "./pick";

const catalogue = {
  auth: { citizen: { title: "Sign in", code: "Code" }, staff: { title: "Staff sign-in" } },
  validation: { required: "Required", summary: { title: "There is a problem" } },
  home: { hero: { title: "Vaccination, made simple" } },
};

describe("pickMessages", () => {
  it("keeps only the named parts, nested as in the catalogue", () => {
    expect(pickMessages(catalogue, ["auth.citizen", "validation.summary"])).toEqual({
      auth: { citizen: { title: "Sign in", code: "Code" } },
      validation: { summary: { title: "There is a problem" } },
    });
  });

  it("merges paths under one namespace and takes whole namespaces", () => {
    expect(pickMessages(catalogue, ["auth.citizen", "auth.staff.title", "home"])).toEqual({
      auth: { citizen: catalogue.auth.citizen, staff: { title: "Staff sign-in" } },
      home: catalogue.home,
    });
  });

  it("skips what the catalogue lacks and gives nothing for nothing", () => {
    expect(pickMessages(catalogue, ["auth.nobody", "nothing.here"])).toEqual({});
    expect(pickMessages(catalogue, [])).toEqual({});
  });
});
