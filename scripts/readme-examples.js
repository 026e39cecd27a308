#!/usr/bin/env node
/**
 * Runs every README shell example that calls `curl`, as printed, with the real curl and bash,
 * against a running server: `node scripts/readme-examples.js http://127.0.0.1:1339`.
 *
 * The only substitutions are the ones a reader makes: the server's address for
 * `http://localhost:1337`, a real article for `DOCUMENT_ID`, and `$TOKEN` (a full-access API token
 * created here through the admin API, on a fresh database whose first admin this registers).
 * An example fails when bash exits non-zero (curl's own errors: a glob in an unquoted URL exits 3),
 * prints nothing, or answers with a REST `error` or GraphQL `errors`.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const appDir = path.resolve(__dirname, '..');
const base = process.argv[2];
if (!base) {
  console.error('usage: node scripts/readme-examples.js BASE_URL');
  process.exit(2);
}

const call = async (method, url, body, token) => {
  const res = await fetch(`${base}${url}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(json).slice(0, 300)}`);
  return json;
};

const fullAccessToken = async () => {
  const admin = await call('POST', '/admin/register-admin', {
    firstname: 'Readme',
    lastname: 'Examples',
    email: 'readme@newsroom.test',
    password: 'Readme-Examples-2024',
  });
  const created = await call(
    'POST',
    '/admin/api-tokens',
    { name: 'readme-examples', type: 'full-access', lifespan: null, description: '' },
    admin.data.token
  );
  return created.data.accessKey;
};

const curlExamples = () => {
  const readme = fs.readFileSync(path.join(appDir, 'README.md'), 'utf8');
  return [...readme.matchAll(/```bash\n([\s\S]*?)```/g)].map((match) => match[1]).filter((block) => block.includes('curl'));
};

async function main() {
  const token = await fullAccessToken();
  const articles = await call('GET', '/api/articles?locale=ar');
  const documentId = articles.data[0]?.documentId;
  if (!documentId) throw new Error('no published article to use as DOCUMENT_ID (are the sample stories imported?)');

  let failed = 0;
  for (const example of curlExamples()) {
    const script = example.replaceAll('http://localhost:1337', base).replaceAll('DOCUMENT_ID', documentId);
    const run = spawnSync('bash', ['-o', 'pipefail', '-c', script], {
      cwd: appDir,
      env: { ...process.env, TOKEN: token },
      encoding: 'utf8',
    });
    const out = run.stdout.trim();
    const problem =
      run.status !== 0
        ? `exit code ${run.status}${run.stderr ? `: ${run.stderr.trim()}` : ''}`
        : out === ''
          ? 'printed nothing'
          : /"errors?"\s*:\s*[[{]/.test(out)
            ? `answered an error: ${out.slice(0, 300)}`
            : null;
    const first = example.trim().split('\n')[0];
    if (problem) {
      failed += 1;
      console.error(`readme: FAILED ${first}\n  ${problem}`);
    } else {
      console.log(`readme: ok ${first.slice(0, 100)}`);
    }
  }
  if (failed > 0) {
    console.error(`readme: ${failed} example(s) failed`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(`readme: ${error.message}`);
  process.exit(1);
});
