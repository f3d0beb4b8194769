// Size text as users write it in flags, the config file and rule packs: "512k", "10 MB", "1MiB" or a number of bytes.

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

/** Bytes of a size such as 512k, 1MiB, "10 MB" or 2048 (units are powers of 1024); undefined if the text is not one. */
export function parseSizeText(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  const scale = m ? SIZE_UNITS[m[2]!.toLowerCase()] : undefined;
  return m && scale !== undefined ? Math.floor(Number(m[1]) * scale) : undefined;
}
