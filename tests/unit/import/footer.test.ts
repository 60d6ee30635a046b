import { describe, expect, it } from 'vitest';
import { isFooterStart, parseFooter, splitEditors } from '../../../src/lib/import/footer.ts';
import { toLines } from '../../../src/lib/import/text-export.ts';

describe('splitEditors', () => {
  it('keeps a padded two-character name together', () => {
    expect(splitEditors('费文兵 王 唱')).toEqual(['费文兵', '王 唱']);
    expect(splitEditors('王 唱 费文兵')).toEqual(['王 唱', '费文兵']);
    expect(splitEditors('费文兵、李洪广')).toEqual(['费文兵', '李洪广']);
  });
});

describe('parseFooter', () => {
  const footerText = `报： 辽宁省信用办，市委常委，市政协主席、副主席，市政府秘书长

送： 市社会信用体系建设领导成员单位，县（市）区社会信用体系建设领导小组办公室

编辑： 费文兵 王 唱

电子邮件： ykfgwxyglk@163.com

审核： 李洪广

联系电话： 0417—2998573

更多内容可点击信用营口网：<http://credit.yingkou.gov.cn/>

（共印 80 份）`;

  it('reads every footer field as printed', () => {
    expect(isFooterStart('报： 辽宁省信用办')).toBe(true);
    expect(parseFooter(toLines(footerText))).toEqual({
      footer: {
        sentTo: ['辽宁省信用办', '市委常委', '市政协主席、副主席', '市政府秘书长'],
        copiedTo: ['市社会信用体系建设领导成员单位', '县（市）区社会信用体系建设领导小组办公室'],
        editors: ['费文兵', '王 唱'],
        reviewer: '李洪广',
        email: 'ykfgwxyglk@163.com',
        telephone: '0417—2998573',
        website: { text: '更多内容可点击信用营口网', url: 'http://credit.yingkou.gov.cn/' },
        printRun: 80,
      },
      notes: [],
    });
  });

  it('reads several fields printed on one line', () => {
    const { footer } = parseFooter(
      toLines('编辑：费文兵 王 唱    审核：李洪广\n电子邮件：a@b.cn  联系电话：0417—2998573'),
    );
    expect(footer).toMatchObject({
      editors: ['费文兵', '王 唱'],
      reviewer: '李洪广',
      email: 'a@b.cn',
      telephone: '0417—2998573',
    });
  });

  it('names each missing field and each line it does not know', () => {
    const { notes } = parseFooter(toLines('报： 辽宁省信用办\n一行不认识的字'));
    expect(notes[0]).toMatchObject({ kind: 'review', line: 2, place: 'footer' });
    expect(notes.slice(1).map((n) => n.place)).toEqual([
      'footer.copiedTo',
      'footer.editors',
      'footer.reviewer',
      'footer.email',
      'footer.telephone',
      'footer.website',
      'footer.printRun',
    ]);
  });
});
