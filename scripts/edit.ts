/**
 * `npm run edit`: the web editor on one's own computer. Starts the live preview (astro dev) and
 * decap-server, Decap CMS's local git backend, together, and prints the /admin/ address. Every save in
 * the editor becomes a branch of this repository (cms/…), as it would be a merge request on the forge.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const projectRoot = process.cwd();
const devPort = Number(process.env.PORT ?? 4321);
const gitPort = Number(new URL(process.env.CMS_LOCAL_URL ?? 'http://localhost:8081/api/v1').port || 8081);

const children: ChildProcess[] = [];
function start(label: string, args: string[], env: NodeJS.ProcessEnv): void {
  const child = spawn(process.execPath, args, { cwd: projectRoot, env: { ...process.env, ...env }, stdio: 'inherit' });
  child.on('exit', (code) => {
    if (code !== 0 && code !== null) console.error(`${label} 已退出（代码 ${code}）/ ${label} exited with ${code}`);
    for (const other of children) if (other !== child && other.exitCode === null) other.kill();
    process.exitCode = code ?? 0;
  });
  children.push(child);
}

// MODE=git: decap-server commits each save on its own branch (the editorial workflow), never on main.
start('decap-server', [join(projectRoot, 'node_modules/decap-server/dist/index.js')], {
  MODE: 'git',
  GIT_REPO_DIRECTORY: projectRoot,
  PORT: String(gitPort),
  BIND_HOST: '127.0.0.1',
});
start('astro dev', [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(devPort)], {
  CMS_BACKEND: 'local',
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const child of children) if (child.exitCode === null) child.kill(signal);
  });
}

console.log(
  `\n网页编辑器：http://localhost:${devPort}/admin/ （点“登录”即可；每次保存都在本仓库建一个 cms/ 分支，按 Ctrl+C 停止）\n` +
    `Web editor: http://localhost:${devPort}/admin/ — local git backend on port ${gitPort}\n`,
);
