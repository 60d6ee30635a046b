// Runs before every npm script, on whatever Node the machine has: say plainly when it is too old,
// instead of letting a newer syntax or Astro fail with a stack trace. Keep this file plain old JS.
// Astro 7 needs 22.12; our TypeScript scripts run with Node's type stripping, which the npm scripts
// switch on with --experimental-strip-types (the default from 22.18 and 23.6, so harmless there).
var parts = process.versions.node.split('.').map(Number);
var ok = parts[0] > 22 || (parts[0] === 22 && parts[1] >= 12);
if (!ok) {
  console.error(
    '\n本项目需要 Node.js 22.12 或更高版本（推荐 24 LTS，见 .nvmrc），当前是 ' +
      process.version +
      '。\n' +
      '请先安装 Node.js 24，例如：nvm install 24 && nvm use 24\n' +
      'This project needs Node.js >= 22.12 (24 LTS recommended, see .nvmrc); this is ' +
      process.version +
      '.\n',
  );
  process.exit(1);
}
