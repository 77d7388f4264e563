/** A diagonal hatch drawn into pixels, so the former-FATA overlay needs no sprite file. */
export function hatchImage(
  colour: [number, number, number],
  size = 8,
): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const onStripe = (x + y) % size === 0 || (x + y + 1) % size === 0;
      const i = (y * size + x) * 4;
      data[i] = colour[0];
      data[i + 1] = colour[1];
      data[i + 2] = colour[2];
      data[i + 3] = onStripe ? 255 : 0;
    }
  }
  return { width: size, height: size, data };
}
