/**
 * Content broken on purpose, the way editors break it: one table that drives the list of messages in
 * docs/编辑指南.md (scripts/guide-messages.ts), the unit tests of the validator and the CLI tests of
 * `npm run validate` and `npm run build`. Each case breaks the frozen fixture archive
 * (tests/fixtures/archive) in one typical way and says where the first message must point.
 */
import type { ContentFile } from '../../src/lib/content/snapshot.ts';
import { planNewIssue, sectionNames } from '../../src/lib/authoring/scaffold.ts';

const ISSUE = 'issues/2020-03/issue.json';
const ARTICLE = 'issues/2020-03/articles/04-credit-repair-training.mdx';
const BRIEF = 'issues/2020-03/articles/08-food-safety-week.mdx';
const TABLE = 'issues/2020-03/tables/02-departments.json';
const RANKINGS = 'issues/2020-03/rankings.json';

export interface BrokenContentCase {
  title: string;
  /** Where the editor must be sent: the file (relative to content/) and the place or line of the first message. */
  pointsAt: { file: string; place?: string; line?: number };
  /** Breaks the content (paths relative to content/) the way an editor might. */
  breakContent: (files: ContentFile[]) => ContentFile[];
  meaning: string;
  fix: string;
}

const edit = (path: string, change: (text: string) => string) => (files: ContentFile[]) =>
  files.map((file) => (file.path === path ? { ...file, text: change(file.text) } : file));

export const BROKEN_CONTENT_CASES: BrokenContentCase[] = [
  {
    title: 'JSON 格式有误',
    pointsAt: { file: 'issues/2020-03/issue.json', line: 4 },
    breakContent: edit(ISSUE, (text) => text.replace('"number": 3,', '"number": 3')),
    meaning:
      'JSON 文件的标点不对，整个文件读不出来。最常见的是两项之间少了逗号、最后一项后面多了逗号、引号不成对，或用了中文引号“”代替英文引号 "。',
    fix: '到提示的行和列附近找：每一项后面要有英文逗号，最后一项后面不要逗号；字段名和文字都用英文双引号。',
  },
  {
    title: 'JSON 里用了中文标点',
    pointsAt: { file: 'issues/2020-03/issue.json', line: 3 },
    breakContent: edit(ISSUE, (text) => text.replace('"number": 3,', '"number"：3，')),
    meaning:
      '中文输入法下打出的“：”“，”“”、全角空格，在 JSON 的引号以外都不算标点，文件读不出来。提示会指出是哪一个字符、在第几行第几列。',
    fix: '切换到英文输入法，把提示处的中文冒号、逗号、引号改成英文的 : , "，删掉全角空格。引号里面的文字照印刷版，不受影响。',
  },
  {
    title: '日期格式不对',
    pointsAt: { file: 'issues/2020-03/issue.json', place: 'date' },
    breakContent: edit(ISSUE, (text) => text.replace('"2020-10-10"', '"2020年10月10日"')),
    meaning: '日期要写成“年-月-日”，月和日都是两位数，而且是真实存在的日子。',
    fix: '写作 "2020-10-10"；网站会显示成“2020年10月10日”。',
  },
  {
    title: '日期不存在',
    pointsAt: { file: 'issues/2020-03/issue.json', place: 'date' },
    breakContent: edit(ISSUE, (text) => text.replace('"2020-10-10"', '"2020-10-32"')),
    meaning: '格式对了，但日历上没有这一天（10 月没有 32 日，2 月没有 30 日）。',
    fix: '照印刷版核对印发日期。',
  },
  {
    title: '缺少必填项',
    pointsAt: { file: 'issues/2020-03/articles/08-food-safety-week.mdx', place: 'source' },
    breakContent: edit(BRIEF, (text) => text.replace(/^source: .*\n/m, '')),
    meaning: '文章和简讯都必须写来源（source），即印刷版文末括号里的单位，例如（市信用办）。',
    fix: '在属性区加上 source: 单位名，照印刷版原样录入。',
  },
  {
    title: '字段名拼错',
    pointsAt: { file: 'issues/2020-03/issue.json', place: 'cumulativeNumber' },
    breakContent: edit(ISSUE, (text) => text.replace('"cumulativeNumber"', '"cumulativeNumbr"')),
    meaning: '同一个错误会出两条提示：拼错的字段“不认识”，应有的字段又“没填写”。',
    fix: '照提示改正字段名的拼写（区分大小写）。字段名见《编辑指南》各节的字段表，或照着上一期的文件写。',
  },
  {
    title: '文件夹名与期号不一致',
    pointsAt: { file: 'issues/2020-03/issue.json', place: 'year / number' },
    breakContent: edit(ISSUE, (text) => text.replace('"number": 3,', '"number": 4,')),
    meaning: '一期的文件夹名（2020-03）必须与 issue.json 中的年份和期号一致，网址和目录都靠它。',
    fix: '照印刷版核对期号：是期号写错了就改 issue.json，是文件夹名错了就改文件夹名。',
  },
  {
    title: '总期号重复',
    pointsAt: { file: 'issues/2020-04/issue.json', place: 'cumulativeNumber' },
    breakContent: (files) => [
      ...files,
      {
        path: 'issues/2020-04/issue.json',
        text: files.find((f) => f.path === ISSUE)!.text.replace('"number": 3,', '"number": 4,'),
      },
      { path: 'issues/2020-04/articles/01-example.mdx', text: files.find((f) => f.path === ARTICLE)!.text },
    ],
    meaning: '两期写了同一个总期号（总第N期）。多半是复制上一期的 issue.json 后忘了改。',
    fix: '照印刷版改正新一期的 cumulativeNumber。新建一期时用 npm run new-issue，总期号会自动算好。',
  },
  {
    title: '文章文件名不合规则',
    pointsAt: { file: 'issues/2020-03/articles/信用修复.mdx' },
    breakContent: (files) =>
      files.map((f) => (f.path === ARTICLE ? { ...f, path: 'issues/2020-03/articles/信用修复.mdx' } : f)),
    meaning: '文章文件名决定印刷顺序和网址，必须是“两位序号-英文小写短名.mdx”。',
    fix: '改名，例如 04-credit-repair-training.mdx：序号是这篇在本期的印刷顺序，短名用英文小写字母、数字和连字符。',
  },
  {
    title: '两篇用了同一个序号',
    pointsAt: { file: 'issues/2020-03/articles/07-power-user-credit-rules.mdx', place: '文件名序号' },
    breakContent: (files) =>
      files.map((f) => (f.path === BRIEF ? { ...f, path: 'issues/2020-03/articles/07-food-safety-week.mdx' } : f)),
    meaning: '同一期里每篇文章的序号（文件名开头的两位数）必须不同，序号就是印刷顺序。',
    fix: '照印刷顺序重新编号，让序号各不相同。',
  },
  {
    title: '缺少属性区',
    pointsAt: { file: 'issues/2020-03/articles/04-credit-repair-training.mdx', line: 1 },
    breakContent: edit(ARTICLE, (text) => text.replace(/^---\n[\s\S]*?\n---\n/, '')),
    meaning: '文章文件开头必须是以 --- 开始、以 --- 结束的属性区，写 kind、title、section、source。',
    fix: '从 _examples/articles/ 的示例或别的文章复制属性区，再照印刷版改写。',
  },
  {
    title: '属性区的 --- 后面有文字',
    pointsAt: { file: 'issues/2020-03/articles/04-credit-repair-training.mdx', line: 6 },
    breakContent: edit(ARTICLE, (text) => text.replace(/\nsource: (.*)\n---\n/, '\nsource: $1\n---source: x\n')),
    meaning:
      '开始和结束属性区的两行只能是三个减号 ---。网站在“---”开头的行结束属性区，后面紧跟的文字会被当作正文，甚至当作程序。',
    fix: '把 --- 后面的文字移到属性区里面或正文里，让这一行只剩 ---。',
  },
  {
    title: '属性区 YAML 格式有误',
    pointsAt: { file: 'issues/2020-03/articles/04-credit-repair-training.mdx', line: 4 },
    breakContent: edit(ARTICLE, (text) => text.replace('section: 工作推进', 'section 工作推进')),
    meaning: '属性区每行是“字段名: 值”，冒号是英文冒号，后面有一个空格。',
    fix: '到提示的行改正：冒号用英文“:”，冒号后空一格；值里本身有冒号或引号时，整个值用英文双引号括起来。',
  },
  {
    title: '属性区用了中文冒号或全角空格',
    pointsAt: { file: 'issues/2020-03/articles/04-credit-repair-training.mdx', line: 4 },
    breakContent: edit(ARTICLE, (text) => text.replace('section: 工作推进', 'section：工作推进')),
    meaning: '属性区的字段名后面要用英文冒号加一个半角空格；中文冒号“：”或全角空格会让这一行读不出来。',
    fix: '切换到英文输入法，照提示把这一行写成“section: 工作推进”。值里面的中文冒号不受影响。',
  },
  {
    title: 'kind 写错',
    pointsAt: { file: 'issues/2020-03/articles/04-credit-repair-training.mdx', place: 'kind' },
    breakContent: edit(ARTICLE, (text) => text.replace('kind: article', 'kind: 文章')),
    meaning: 'kind 只能是 article（有标题的文章）或 brief（◇、☆ 开头的简讯）。',
    fix: '改为 kind: article 或 kind: brief。',
  },
  {
    title: '文章缺标题',
    pointsAt: { file: 'issues/2020-03/articles/04-credit-repair-training.mdx', place: 'title' },
    breakContent: edit(ARTICLE, (text) => text.replace(/^title: .*\n/m, '')),
    meaning: 'kind 是 article 的文章必须有标题。',
    fix: '加上 title: "标题"，照印刷版原样录入；如果印刷版确实没有标题，这一篇应是简讯：改为 kind: brief 并加上 marker。',
  },
  {
    title: '简讯写了标题',
    pointsAt: { file: 'issues/2020-03/articles/08-food-safety-week.mdx', place: 'title' },
    breakContent: edit(BRIEF, (text) => text.replace('kind: brief\n', 'kind: brief\ntitle: "食品安全宣传周"\n')),
    meaning: '简讯在印刷版中没有标题，档案里也不写；网站会用第一句话生成显示用的标题，并注明不是原文标题。',
    fix: '删去 title 这一行。',
  },
  {
    title: '链接地址不被接受',
    pointsAt: { file: 'issues/2020-03/articles/04-credit-repair-training.mdx' },
    breakContent: edit(ARTICLE, (text) => `${text}\n[详见](javascript:alert(1))\n`),
    meaning:
      '正文里的链接只能指向 http:// 或 https:// 网址、mailto: 邮箱或本网站的页面。javascript:、data: 等开头的链接会在读者的浏览器里运行程序，一律不接受，无论是直接写的、[文字][编号] 引用式的，还是用 &#x61; 之类的字符代码拼出来的。',
    fix: '删去这个链接；印刷版没有链接，正文照印刷版录入，一般不加链接。',
  },
  {
    title: '图片不在本期文件夹里',
    pointsAt: { file: 'issues/2020-03/articles/04-credit-repair-training.mdx' },
    breakContent: edit(ARTICLE, (text) => `${text}\n![现场照片](https://example.com/photo.jpg)\n`),
    meaning:
      '网站不从其他网站取任何东西：其他网站的图片会让那个网站知道谁在读档案。图片只能是本期文件夹 images/ 里的照片（jpg、png、webp、avif、gif），并写明替代文字。',
    fix: '把照片放进本期的 images/ 文件夹，写成 ![照片内容的简短说明](../images/照片.jpg)。',
  },
  {
    title: '栏目不在栏目表中',
    pointsAt: { file: 'issues/2020-03/articles/04-credit-repair-training.mdx', place: 'section' },
    breakContent: edit(ARTICLE, (text) => text.replace('section: 工作推进', 'section: 工作动态')),
    meaning: '栏目名必须是 content/sections.json 中已有的，防止同一栏目写成两种名字。',
    fix: '改成栏目表中的名字（照印刷版【】中的字）。如果印刷版确实有了新栏目，先把它加到 content/sections.json。',
  },
  {
    title: '编者注的原文在正文中找不到',
    pointsAt: {
      file: 'issues/2020-03/articles/01-civil-servant-credit-check.mdx',
      place: 'editorialNotes[0].original',
    },
    breakContent: edit('issues/2020-03/articles/01-civil-servant-credit-check.mdx', (text) =>
      text.replace('original: "重要表率 and 导向作用"', 'original: "重要表率and导向作用"'),
    ),
    meaning: '编者注的 original 必须与正文中的文字一字不差（包括空格和标点），网站才能在正文中标出它。',
    fix: '从正文中复制那段文字粘贴到 original，不要手打。',
  },
  {
    title: '正文中有花括号或小于号',
    pointsAt: { file: 'issues/2020-03/articles/04-credit-repair-training.mdx', line: 8 },
    breakContent: edit(ARTICLE, (text) => text.replace('培训班。\n', '培训班{第8期}。\n')),
    meaning: '网站用 MDX 生成文章，{ } 和 < 在 MDX 中有特殊含义，会让网站无法生成。每一个这样的符号各报一次。',
    fix: '在符号前加反斜杠，写成 `\\{`、`\\}`、`\\<`；如果印刷版用的是全角符号（｛ ｝ ＜），照录全角的即可。',
  },
  {
    title: '正文是空的',
    pointsAt: { file: 'issues/2020-03/articles/08-food-safety-week.mdx' },
    breakContent: edit(BRIEF, (text) => text.replace(/\n---\n[\s\S]*$/, '\n---\n')),
    meaning: '属性区之后没有正文。',
    fix: '把正文照印刷版录入在属性区（第二个 ---）之后，段与段之间空一行。',
  },
  {
    title: '不认识的文件',
    pointsAt: { file: 'issues/2020-03/articles/notes.md' },
    breakContent: (files) => [...files, { path: 'issues/2020-03/articles/notes.md', text: '# 笔记\n' }],
    meaning: '一期的文件夹里只能放规定的文件，放错位置的文件不会出现在网站上。',
    fix: '文章放 articles/ 且以 .mdx 结尾，统计表放 tables/，排名是本期文件夹里的 rankings.json；笔记等其他文件请放到别处。',
  },
  {
    title: '表格数字加了千分位逗号或引号',
    pointsAt: {
      file: 'issues/2020-03/tables/02-departments.json',
      place: '单位“公安局”（表中第 6 个） · “行政处罚”栏（第 1 栏）',
      line: 36,
    },
    breakContent: edit(TABLE, (text) => text.replace('"cells": [3230, 167,', '"cells": ["3,230", 167,')),
    meaning: '表中每一格只能是不带逗号、不加引号的整数，或 null（印刷版此格空白、未填报）。',
    fix: '照提示写成 3230 这样的纯数字；空白格写 null，不要写 0、“—”或空字符串。',
  },
  {
    title: '一行的格数与列数不符',
    pointsAt: { file: 'issues/2020-03/tables/02-departments.json', place: '单位“公安局”（表中第 6 个）', line: 36 },
    breakContent: edit(TABLE, (text) => text.replace('"cells": [3230, 167, null,', '"cells": [3230, 167,')),
    meaning: '用数组写一行时，格数必须正好等于列数，每一格对应一列；少一格或多一格，后面的数字就都错了列。',
    fix: '对照印刷版逐格核对这一行，补上漏掉的 null 或删去多出的格。',
  },
  {
    title: '数字里加了千分位逗号，一行多出一格',
    pointsAt: { file: 'issues/2020-03/tables/02-departments.json', place: '单位“公安局”（表中第 6 个）', line: 36 },
    breakContent: edit(TABLE, (text) => text.replace('null, 18, null, 3415]', 'null, 18, null, 3,415]')),
    meaning: '表格一行里写成 3,415 的数字，会被读成 3 和 415 两格，这一行就比列数多一格。提示会指出是哪两格。',
    fix: '数字里不要加千分位逗号：照提示写成 3415。',
  },
  {
    title: '同一张表里单位重复',
    pointsAt: { file: 'issues/2020-03/tables/02-departments.json', place: '单位“司法局”（表中第 8 个）', line: 38 },
    breakContent: edit(TABLE, (text) => text.replace('"unit": "检察院"', '"unit": "司法局"')),
    meaning: '一张表里每个单位只能有一行，否则合计和排序都会出错。',
    fix: '照印刷版改正单位名；如果印刷版确有两行同名，请在单位名后加括号注明区别。',
  },
  {
    title: '单位别名表指向不存在的单位',
    pointsAt: { file: 'units.json', place: '第 1 个单位“市行政审批”' },
    breakContent: edit('units.json', (text) => text.replace('"name": "市行政审批局"', '"name": "市行政审批"')),
    meaning:
      'content/units.json 把同一单位在各期印的不同名称合并到一个名字下；这个名字（name）必须是某一期统计表里印出的单位名称，否则别名就无处可归。',
    fix: '把 name 改成统计表中印刷的单位名称（照表里的用字），别名写在 aliases 里；这个单位确已不在任何一期的表中，就删去这一条。',
  },
  {
    title: '一个名称归了两个单位',
    pointsAt: { file: 'units.json', place: '第 2 个单位“公安局” · 别名 1' },
    breakContent: edit('units.json', (text) =>
      text.replace('"aliases": ["市审批局"]', '"aliases": ["市审批局"] }, { "name": "公安局", "aliases": ["市审批局"]'),
    ),
    meaning: '同一个名称只能属于一个单位：写在两处，网站就不知道该把这一名称下的数字和文章算给谁。',
    fix: '核对印刷版，确定这个名称指的是哪个单位，只在那一条的 aliases 里保留它，删去另一处。',
  },
  {
    title: '排名的月份写法不对',
    pointsAt: { file: 'issues/2020-03/rankings.json', place: 'observations[0].month' },
    breakContent: edit(RANKINGS, (text) => text.replace('"month": "2020-07"', '"month": "2020.07"')),
    meaning: '排名的月份写作“年-月”，月份两位数，例如 2020-07（印刷版的 2020.07）。',
    fix: '把点改成连字符：2020.07 写作 "2020-07"。',
  },
  {
    title: '排名超出参评城市数',
    pointsAt: { file: 'issues/2020-03/rankings.json', place: 'observations[0].rank · 营口市 2020-07' },
    breakContent: edit(RANKINGS, (text) =>
      text.replace('"rank": 75, "groupSize": 261', '"rank": 275, "groupSize": 261'),
    ),
    meaning: '名次必须在 1 到参评城市数（groupSize）之间，多半是录入时多打或打错了数字。',
    fix: '照印刷版核对这个月的名次和参评城市数（地级市 261，县级市 387）。',
  },
  {
    title: '重要提示中的排名与排名表不符',
    pointsAt: { file: 'issues/2020-03/issue.json', place: 'keyNotes[0]' },
    breakContent: edit(ISSUE, (text) => text.replace('大石桥市 98 / 387', '大石桥市 89 / 387')),
    meaning: '第一条重要提示转述最近一个月的排名，网站会把它与本期 rankings.json 中同一月份的数字对照。',
    fix: '对照印刷版，改正录错的一边：重要提示在 issue.json 的 keyNotes，排名在 rankings.json。',
  },
  {
    title: '城市标题与排名不符',
    pointsAt: { file: 'issues/2020-03/rankings.json', place: 'headings.盖州市' },
    breakContent: edit(RANKINGS, (text) =>
      text.replace('"盖州市": "盖州市 (192/387)"', '"盖州市": "盖州市 (129/387)"'),
    ),
    meaning:
      'rankings.json 的 headings 照印刷版记下各城市表上方的一行，其中的名次和参评城市数转述该城市最近一个月的排名，检查时与 observations 对照。',
    fix: '对照印刷版，改正录错的一边：标题在 headings，排名在 observations。标题的括号和空格照印刷版写。',
  },
  {
    title: '新的一期还没有文章',
    pointsAt: { file: 'issues/2020-04/articles/' },
    breakContent: (files) => {
      const plan = planNewIssue(
        { year: 2020, number: 4, date: '2020-12-10' },
        { files, sections: sectionNames(files) },
      ).plan!;
      return [...files, ...plan.files];
    },
    meaning:
      '用 npm run new-issue 新建的一期，在加入第一篇文章之前都会有这条提示。这是待办，不是出错；它也防止一期空的简报被发布。',
    fix: '照本指南“写一篇文章”一节加入文章和简讯。',
  },
  {
    title: '还留着示例文字',
    pointsAt: { file: 'issues/2020-04/articles/01-credit-week.mdx', line: 2 },
    breakContent: (files) => {
      const plan = planNewIssue(
        { year: 2020, number: 4, date: '2020-12-10' },
        { files, sections: sectionNames(files) },
      ).plan!;
      const example = plan.files.find((f) => f.path.endsWith('01-example-article.mdx'))!;
      return [...files, ...plan.files, { path: 'issues/2020-04/articles/01-credit-week.mdx', text: example.text }];
    },
    meaning: '从 _examples/ 复制来的文件里还有“【示例】”字样，说明还没有照印刷版改写完；为防止示例被发布，检查不通过。',
    fix: '照印刷版改写这个文件，删去所有“【示例】”。',
  },
  {
    title: '一行以 import 或 export 开头',
    pointsAt: { file: 'issues/2020-03/articles/04-credit-repair-training.mdx', line: 12 },
    breakContent: edit(ARTICLE, (text) => text.replace('参训失信企业', '\n\nexport 企业')),
    meaning: 'MDX 把以“import ”或“export ”（英文词加空格）开头的行当作程序代码，网站会无法生成。',
    fix: '在行首加一个空格（网页上不显示），或改写这一行，使它不以这个英文词开头。',
  },
  {
    title: '编者注的原文跨了正文的换行',
    pointsAt: {
      file: 'issues/2020-03/articles/01-civil-servant-credit-check.mdx',
      place: 'editorialNotes[0].original',
    },
    breakContent: edit('issues/2020-03/articles/01-civil-servant-credit-check.mdx', (text) =>
      text
        .replace('original: "重要表率 and 导向作用"', 'original: "重要表率and 导向作用"')
        .replace('重要表率 and 导向作用。', '重要表率\nand 导向作用。'),
    ),
    meaning: '正文一段里的换行在网页上显示为一个空格，编者注的原文必须与网页上的文字一致，否则网站无法在正文中标出它。',
    fix: '把正文这一段接成一行（删去段中的换行），或只摘换行之前或之后的文字作为原文。',
  },
];
