// Validates a Teams app manifest against the official JSON schema of its manifestVersion, as bundled in
// @microsoft/app-manifest (no network). Usage: node validate-manifest.mjs <manifest.json>
// Prints a JSON array of errors (empty when valid); exit code 0 when valid, 1 when not, 2 on bad use.
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const Ajv = require('ajv-draft-04');
const addFormats = require('ajv-formats');

const file = process.argv[2];
if (!file) {
  console.error('usage: node validate-manifest.mjs <manifest.json>');
  process.exit(2);
}

const manifest = JSON.parse(readFileSync(file, 'utf8'));
const packageRoot = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
const schemaFile = path.join(packageRoot, 'build', 'json-schemas', 'teams', `v${manifest.manifestVersion}`, 'MicrosoftTeams.schema.json');
if (!existsSync(schemaFile)) {
  console.log(JSON.stringify([`no bundled schema for manifestVersion ${manifest.manifestVersion}`]));
  process.exit(1);
}

const schema = JSON.parse(readFileSync(schemaFile, 'utf8').replace(/^\uFEFF/, ''));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);
const errors = validate(manifest) ? [] : validate.errors.map(e => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
console.log(JSON.stringify(errors));
process.exit(errors.length === 0 ? 0 : 1);
