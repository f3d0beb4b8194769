// Size text as users write it in flags, the config file and rule packs ("512k", "10 MB", "1MiB" or a number of
// bytes), and sizes as reports and messages show them ("812 B", "6.0 KiB").

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

/** Bytes of a size such as 512k, 1MiB, "10 MB" or 2048 (units are powers of 1024); undefined if the text is not one. */
export function parseSizeText(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  const scale = m ? SIZE_UNITS[m[2]!.toLowerCase()] : undefined;
  return m && scale !== undefined ? Math.floor(Number(m[1]) * scale) : undefined;
}

/** Human size: "812 B", "6.0 KiB", "12.0 MiB" (powers of 1024). */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
