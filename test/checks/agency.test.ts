import { describe, expect, it } from "vitest";
import { groupAgencies, matchHow, normaliseAgencyName } from "../../src/checks/agency.js";

const sameGroup = (names: string[], a: string, b: string) => {
  const { groupOf } = groupAgencies(names);
  return groupOf.get(a) === groupOf.get(b);
};

describe("agency names", () => {
  it("normalises with NFKC and without whitespace", () => {
    expect(normaliseAgencyName("平潭综合实验区　管委会 ")).toBe("平潭综合实验区管委会");
    expect(normaliseAgencyName("ＸＸ县人民政府")).toBe("XX县人民政府");
  });

  it("matches a name with and without its city or province prefix", () => {
    const names = ["洪泽区人民政府", "淮安市洪泽区人民政府", "江苏省淮安市洪泽区人民政府"];
    expect(sameGroup(names, "洪泽区人民政府", "淮安市洪泽区人民政府")).toBe(true);
    expect(sameGroup(names, "洪泽区人民政府", "江苏省淮安市洪泽区人民政府")).toBe(true);
    expect(groupAgencies(names).nameOf.get(groupAgencies(names).groupOf.get("洪泽区人民政府")!)).toBe("江苏省淮安市洪泽区人民政府");
    expect(sameGroup(["沭阳县发展和改革局", "宿迁市沭阳县发展和改革局"], "沭阳县发展和改革局", "宿迁市沭阳县发展和改革局")).toBe(true);
  });

  it("does not match a city's own office with a bare 人民政府, or a department name without a place", () => {
    expect(sameGroup(["淮安市人民政府", "人民政府"], "淮安市人民政府", "人民政府")).toBe(false);
    expect(sameGroup(["淮安市发展和改革委员会", "发展和改革委员会"], "淮安市发展和改革委员会", "发展和改革委员会")).toBe(false);
    expect(sameGroup(["淮安市人民政府", "洪泽区人民政府"], "淮安市人民政府", "洪泽区人民政府")).toBe(false);
  });

  it("does not match when the short name fits two different cities", () => {
    const names = ["鼓楼区人民政府", "南京市鼓楼区人民政府", "福州市鼓楼区人民政府"];
    expect(sameGroup(names, "鼓楼区人民政府", "南京市鼓楼区人民政府")).toBe(false);
    expect(sameGroup(names, "鼓楼区人民政府", "福州市鼓楼区人民政府")).toBe(false);
    expect(sameGroup(names, "南京市鼓楼区人民政府", "福州市鼓楼区人民政府")).toBe(false);
  });

  it("says how two printed names matched", () => {
    expect(matchHow("平潭综合实验区", "平潭综合实验区")).toBe("exact");
    expect(matchHow("平潭综合实验区", "平潭综合 实验区")).toBe("normalised");
    expect(matchHow("洪泽区人民政府", "淮安市洪泽区人民政府")).toBe("suffix");
  });
});
