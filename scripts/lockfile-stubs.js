// `npm run lock:stubs` after `npm install`: this machine's registry serves only the linux-x64 builds of
// packages with per-platform optional dependencies (swc, biome, esbuild, ...), so npm leaves the other
// platforms out of package-lock.json and `npm ci` then rejects the lock. This adds a version-only
// entry for each optional package `npm ci --dry-run` reports missing; npm skips them at install.
const fs = require('node:fs');
const { execSync } = require('node:child_process');
const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8'));
let out = '';
try {
  execSync('npm ci --dry-run --no-audit --no-fund', { stdio: 'pipe' });
} catch (e) {
  out = String(e.stderr) + String(e.stdout);
}
const missing = [...out.matchAll(/Missing: (.+?)@(\S*) from lock file/g)].map((m) => m[1]);
for (const name of missing) {
  // version: the spec the dependent package asks for
  let spec;
  for (const v of Object.values(lock.packages)) {
    const s = v.optionalDependencies?.[name];
    if (s) {
      spec = s;
      break;
    }
  }
  lock.packages[`node_modules/${name}`] = {
    version: spec?.replace(/^[\^~=]/, ''),
    dev: true,
    optional: true,
  };
}
fs.writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log('added', missing.length);
