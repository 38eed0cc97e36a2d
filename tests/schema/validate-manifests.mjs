// Validates every object of the rendered manifests against the API schemas that
// kubernetes-models generates from Kubernetes' OpenAPI spec (and Cilium's CRDs): field types,
// required fields, enums. TKEStack's own kinds (platform.tkestack.io) have no public schema;
// they are counted and left to tst_render's structural checks.
// Usage: node validate-manifests.mjs DIR... ; exit 1 on any invalid object.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";

const noPublicSchema = new Set(["platform.tkestack.io/v1"]);

async function modelFor(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
  const path = group === "cilium.io"
    ? `@kubernetes-models/cilium/cilium.io/${version}/${kind}`
    : group === "" ? `kubernetes-models/${version}/${kind}` : `kubernetes-models/${group}/${version}/${kind}`;
  const module = await import(path);
  return module[kind] ?? module.default;
}

let valid = 0, invalid = 0, unchecked = 0;
for (const dir of process.argv.slice(2)) {
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort()) {
    const file = join(dir, name);
    if (!statSync(file).isFile()) continue;
    for (const doc of parseAllDocuments(readFileSync(file, "utf8"))) {
      if (doc.errors.length) { console.log(`${file}: YAML error ${doc.errors[0].message}`); invalid++; continue; }
      const obj = doc.toJS();
      if (!obj) continue;
      const where = `${file}: ${obj.kind}/${obj.metadata?.name}`;
      if (noPublicSchema.has(obj.apiVersion)) { unchecked++; continue; }
      try {
        const Model = await modelFor(obj.apiVersion, obj.kind);
        new Model(obj).validate();
        valid++;
      } catch (e) {
        console.log(`${where}: ${e.message}`);
        invalid++;
      }
    }
  }
}
console.log(`${valid} objects valid, ${invalid} invalid, ${unchecked} TKEStack objects without a public schema`);
process.exit(invalid > 0 || valid === 0 ? 1 : 0);
