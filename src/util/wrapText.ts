/** Text broken at spaces into lines of at most `width` characters (a longer word stays whole), each line after the first indented by `indent`. */
export function wrapText(text: string, width: number, indent = ''): string[] {
  const lines: string[] = [];
  const lead = /^ */.exec(text)![0];
  let line = lead;
  for (const word of text.slice(lead.length).split(/ +/)) {
    if (word === '') continue;
    const candidate = line.trim() === '' ? line + word : `${line} ${word}`;
    const prefix = lines.length === 0 ? '' : indent;
    if ([...(prefix + candidate)].length > width && line.trim() !== '') {
      lines.push(prefix + line);
      line = word;
    } else line = candidate;
  }
  if (line.trim() !== '') lines.push((lines.length === 0 ? '' : indent) + line);
  return lines;
}
