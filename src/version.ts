// nianbao's version, read once from package.json (two levels up from src/ and from dist/src/).
import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

function readVersion(): string {
  for (const rel of ["../package.json", "../../package.json"]) {
    const path = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(path)) {
      const pkg = JSON.parse(readFileSync(path, "utf8")) as { name?: string; version?: string };
      if (pkg.name === "nianbao" && pkg.version) return pkg.version;
    }
  }
  return "0.0.0";
}

export const NIANBAO_VERSION = readVersion();
