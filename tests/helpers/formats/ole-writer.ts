/** An OLE compound file skeleton whose directory names the given streams (as Office does for encrypted packages). */
export function buildOle(streams: string[]): Uint8Array {
  const sector = 512;
  const header = Buffer.alloc(sector);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(1, 44);
  header.writeUInt32LE(1, 48);
  const directory = Buffer.alloc(sector);
  ['Root Entry', ...streams].slice(0, 4).forEach((name, i) => {
    const entry = i * 128;
    const encoded = Buffer.from(`${name}\0`, 'utf16le');
    encoded.copy(directory, entry);
    directory.writeUInt16LE(encoded.length, entry + 64);
    directory[entry + 66] = i === 0 ? 5 : 2;
  });
  const filler = Buffer.alloc(sector, 0x5a);
  return new Uint8Array(Buffer.concat([header, filler, directory]));
}
