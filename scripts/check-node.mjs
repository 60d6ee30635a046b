// Runs before every npm script, on whatever Node the machine has: say plainly when it is too old,
// instead of letting a newer syntax or Astro fail with a stack trace. Keep this file plain old JS.
var parts = process.versions.node.split('.').map(Number);
var ok = parts[0] > 22 || (parts[0] === 22 && parts[1] >= 12);
// Our scripts are TypeScript run by Node's type stripping, on by default from 22.18 and 23.6.
var stripsTypes = parts[0] >= 24 || (parts[0] === 23 && parts[1] >= 6) || (parts[0] === 22 && parts[1] >= 18);
if (!ok || !stripsTypes) {
  console.error(
    '\n本项目需要 Node.js 22.18 或更高版本（推荐 24 LTS，见 .nvmrc），当前是 ' + process.version + '。\n' +
      '请先安装 Node.js 24，例如：nvm install 24 && nvm use 24\n' +
      'This project needs Node.js >= 22.18 (24 LTS recommended, see .nvmrc); this is ' + process.version + '.\n',
  );
  process.exit(1);
}
