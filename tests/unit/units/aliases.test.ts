import { describe, expect, it } from 'vitest';
import { unitAliasProblems, unitResolver } from '../../../src/lib/units/aliases.ts';
import { unitsFileSchema } from '../../../src/lib/units/schema.ts';
import { validateUnitsFile } from '../../../src/lib/units/validation.ts';

const file = (units: unknown) => unitsFileSchema.parse({ units });
const departments = { file: 'content/issues/2020-03/tables/02-departments.json', units: ['市行政审批局', '公安局'] };

describe('unitResolver', () => {
  it('maps an alias to its unit and leaves every other name as printed', () => {
    const resolve = unitResolver(file([{ name: '市行政审批局', aliases: ['市审批局', '行政审批局'] }]));
    expect(['市审批局', '行政审批局', '市行政审批局', '公安局'].map(resolve)).toEqual([
      '市行政审批局',
      '市行政审批局',
      '市行政审批局',
      '公安局',
    ]);
  });

  it('joins nothing without a list', () => {
    expect(unitResolver(null)('市审批局')).toBe('市审批局');
  });
});

describe('unitAliasProblems', () => {
  it('accepts the real list', () => {
    expect(unitAliasProblems(file([{ name: '市行政审批局', aliases: ['市审批局'] }]), [departments])).toEqual([]);
  });

  it('rejects an entry whose name no table prints (an alias pointing at nothing)', () => {
    const problems = unitAliasProblems(file([{ name: '市审批局局', aliases: ['市审批局'] }]), [departments]);
    expect(problems).toEqual([
      expect.objectContaining({
        file: null,
        path: ['units', 0, 'name'],
        place: '第 1 个单位“市审批局局”',
        found: '“市审批局局”',
        message: expect.stringContaining('在各期统计表中都没有'),
      }),
    ]);
  });

  it('rejects two units claiming one name, naming the first claim', () => {
    const problems = unitAliasProblems(
      file([
        { name: '市行政审批局', aliases: ['市审批局'] },
        { name: '公安局', aliases: ['市审批局'] },
      ]),
      [departments],
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      path: ['units', 1, 'aliases', 0],
      place: '第 2 个单位“公安局” · 别名 1',
      message: expect.stringContaining('已归第 1 个单位“市行政审批局”（作为别名 1）'),
    });
  });

  it('rejects an alias that is another unit’s name', () => {
    const problems = unitAliasProblems(
      file([
        { name: '市行政审批局', aliases: ['公安局'] },
        { name: '公安局', aliases: ['公安分局'] },
      ]),
      [departments],
    );
    expect(problems.map((p) => [p.path.join('.'), p.message])).toEqual([
      ['units.1.name', expect.stringContaining('“公安局”已归第 1 个单位“市行政审批局”（作为别名 1）')],
      // The table printing both names is reported too, in its own file.
      ['rows.1.unit', expect.stringContaining('本表已有“市行政审批局”')],
    ]);
  });

  it('rejects an alias that is its own name', () => {
    const problems = unitAliasProblems(file([{ name: '公安局', aliases: ['公安局'] }]), [departments]);
    expect(problems.map((p) => [p.path.join('.'), p.message])).toEqual([
      ['units.0.aliases.0', expect.stringContaining('在这一条里写了两次')],
    ]);
  });

  it('rejects a table that prints one unit under two of its names', () => {
    const problems = unitAliasProblems(file([{ name: '市行政审批局', aliases: ['市审批局'] }]), [
      { file: 't.json', units: ['市行政审批局', '公安局', '市审批局'] },
    ]);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 't.json',
        path: ['rows', 2, 'unit'],
        place: '单位“市审批局”（表中第 3 个）',
        message: expect.stringContaining('本表已有“市行政审批局”'),
      }),
    ]);
  });
});

describe('validateUnitsFile', () => {
  const at = (path: string) => `content/${path}`;
  const tables = [{ ...departments, text: '{}' }];

  it('is optional', () => {
    expect(validateUnitsFile(undefined, tables, at)).toEqual({ units: null, problems: [] });
  });

  it('names the file, the line and the place of an alias problem', () => {
    const text = '{\n  "units": [\n    { "name": "市审批", "aliases": ["市审批局"] }\n  ]\n}\n';
    const { units, problems } = validateUnitsFile(text, tables, at);
    expect(units).toBeNull();
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/units.json', line: 3, place: '第 1 个单位“市审批”', found: '“市审批”' }),
    ]);
  });

  it('reports the shape in Chinese with the field path', () => {
    const { problems } = validateUnitsFile('{"units": [{"name": "公安局", "aliases": []}]}', tables, at);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/units.json',
        place: 'units[0].aliases',
        message: expect.stringContaining('至少写一个别名'),
      }),
    ]);
  });

  it('reports broken JSON', () => {
    const { problems } = validateUnitsFile('{"units": [', tables, at);
    expect(problems[0]).toMatchObject({ file: 'content/units.json' });
  });
});

describe('while a table file cannot be read', () => {
  it('checks the list against itself only, so no unit is reported missing that is only in that file', () => {
    const list = file([
      { name: '市行政审批局', aliases: ['市审批局'] },
      { name: '公安局', aliases: ['市审批局'] },
    ]);
    expect(unitAliasProblems(list, null).map((p) => p.path.join('.'))).toEqual(['units.1.aliases.0']);
  });
});
