import { describe, expect, it } from 'vitest';
import { ansiToHtml, stripAnsi } from '../../../../src/lib/notebooks/ansi.ts';

const ESC = '\u001b';

describe('ansiToHtml', () => {
  it.each([
    ['plain text', 'plain text'],
    [`${ESC}[0;31mKeyError${ESC}[0m: 'x'`, `<span class="ansi-red">KeyError</span>: 'x'`],
    [`${ESC}[1;32mok${ESC}[0m`, '<span class="ansi-green ansi-bold">ok</span>'],
    [`${ESC}[91mbright${ESC}[39m after`, '<span class="ansi-bright-red">bright</span> after'],
    [`${ESC}[43;30mwarn${ESC}[m`, '<span class="ansi-black ansi-bg-yellow">warn</span>'],
    // 256-colour and RGB colours are dropped with their arguments, the text stays.
    [`${ESC}[38;5;124m'recall'${ESC}[39m`, "'recall'"],
    [`${ESC}[38;2;255;0;0mred${ESC}[0m`, 'red'],
    // Cursor moves and other escapes are dropped.
    [`50%${ESC}[2K${ESC}[1G100%`, '50%100%'],
  ])('%j', (input, expected) => {
    expect(ansiToHtml(input)).toBe(expected);
  });

  it('escapes HTML in the text, inside and outside colours', () => {
    expect(ansiToHtml(`<img src=x onerror=alert(1)> ${ESC}[31m<script>${ESC}[0m`)).toBe(
      '&lt;img src=x onerror=alert(1)&gt; <span class="ansi-red">&lt;script&gt;</span>',
    );
  });

  it('strips escapes for plain text', () => {
    expect(stripAnsi(`${ESC}[0;31mKeyError${ESC}[0m`)).toBe('KeyError');
  });
});
