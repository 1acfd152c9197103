/**
 * Import messages name their file first ("report.pdf: encrypted PDF, cannot read text") so they read
 * well in logs; where the file name is already shown next to them, the reason alone is shown.
 */
function namePrefixes(name: string): string[] {
  const base = name.split(/[\\/]/).pop() ?? name;
  return [`${name}: `, `${base}: `];
}

/** The message with the file's name in front, unless it already starts with it. */
export function withFileName(message: string, name: string): string {
  return namePrefixes(name).some((p) => message.startsWith(p)) ? message : `${name}: ${message}`;
}

/** The reason alone, without the file's name in front. */
export function reasonOnly(message: string, name: string): string {
  const prefix = namePrefixes(name).find((p) => message.startsWith(p));
  return prefix ? message.slice(prefix.length) : message;
}
