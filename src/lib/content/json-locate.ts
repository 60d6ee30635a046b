import { lineColumnAt } from './file-text.ts';

/**
 * Finds where a value sits in a JSON file's text, so that a message about `rows[5].cells[3]` can also
 * say “第 9 行第 41 列” and an editor can jump there. Only for text that JSON.parse accepted; returns
 * null when the path is not in the text (for example a missing key).
 */
export function locateJsonPath(text: string, path: ReadonlyArray<string | number>): { line: number; column: number } | null {
  // Editors do not see a byte order mark, so columns are counted without it.
  const source = text.replace(/^\uFEFF/, '');
  const scanner = new Scanner(source);
  try {
    scanner.skipSpace();
    for (const step of path) {
      if (!scanner.enter(step)) return null;
    }
    return lineColumnAt(source, scanner.position);
  } catch {
    return null;
  }
}

class Scanner {
  position = 0;
  private readonly text: string;
  constructor(text: string) {
    this.text = text;
  }

  skipSpace(): void {
    while (/\s/.test(this.text[this.position] ?? '')) this.position++;
  }

  private expect(char: string): void {
    if (this.text[this.position] !== char) throw new Error(`expected ${char} at ${this.position}`);
    this.position++;
    this.skipSpace();
  }

  private readString(): string {
    const start = this.position;
    this.position++;
    while (this.text[this.position] !== '"') {
      if (this.position >= this.text.length) throw new Error('unterminated string');
      this.position += this.text[this.position] === '\\' ? 2 : 1;
    }
    this.position++;
    const value = JSON.parse(this.text.slice(start, this.position)) as string;
    this.skipSpace();
    return value;
  }

  /** Skips one value of any kind, leaving the position after it and any space. */
  private skipValue(): void {
    const char = this.text[this.position];
    if (char === '"') {
      this.readString();
    } else if (char === '{' || char === '[') {
      const close = char === '{' ? '}' : ']';
      this.expect(char);
      while (this.text[this.position] !== close) {
        if (char === '{') {
          this.readString();
          this.expect(':');
        }
        this.skipValue();
        if (this.text[this.position] === ',') this.expect(',');
      }
      this.expect(close);
    } else {
      while (this.position < this.text.length && !/[\s,\]}]/.test(this.text[this.position]!)) this.position++;
      this.skipSpace();
    }
  }

  /** Moves to the start of the member or element `step` of the container at the position. */
  enter(step: string | number): boolean {
    const char = this.text[this.position];
    if (char === '{' && typeof step === 'string') {
      this.expect('{');
      while (this.text[this.position] !== '}') {
        const key = this.readString();
        this.expect(':');
        if (key === step) return true;
        this.skipValue();
        if (this.text[this.position] === ',') this.expect(',');
      }
      return false;
    }
    if (char === '[' && typeof step === 'number') {
      this.expect('[');
      for (let index = 0; this.text[this.position] !== ']'; index++) {
        if (index === step) return true;
        this.skipValue();
        if (this.text[this.position] === ',') this.expect(',');
      }
      return false;
    }
    return false;
  }
}
