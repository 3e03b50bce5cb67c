/**
 * `Ctrl+Shift+P` → `['Ctrl', 'Shift', 'P']`. A `+` key is written as itself (`Ctrl++`), and spaces
 * around `+` are allowed. One key comes back alone.
 */
export function splitKeys(combo: string): string[] {
  const keys: string[] = [];
  let current = '';
  for (const char of combo.trim()) {
    if (char === '+' && current.trim()) {
      keys.push(current.trim());
      current = '';
    } else {
      current += char;
    }
  }
  if (current.trim()) keys.push(current.trim());
  return keys;
}
