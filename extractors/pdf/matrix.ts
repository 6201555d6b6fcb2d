// 2-D affine matrices in PDF order [a, b, c, d, e, f]: x' = a·x + c·y + e, y' = b·x + d·y + f.

export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Readonly<Matrix> = [1, 0, 0, 1, 0, 0];

/** m1 × m2: apply m2 first, then m1 (pdf.js Util.transform order). */
export function multiply(m1: Readonly<Matrix>, m2: ArrayLike<number>): Matrix {
  const a = m2[0]!, b = m2[1]!, c = m2[2]!, d = m2[3]!, e = m2[4]!, f = m2[5]!;
  return [
    m1[0] * a + m1[2] * b,
    m1[1] * a + m1[3] * b,
    m1[0] * c + m1[2] * d,
    m1[1] * c + m1[3] * d,
    m1[0] * e + m1[2] * f + m1[4],
    m1[1] * e + m1[3] * f + m1[5],
  ];
}

export function applyX(m: Readonly<Matrix>, x: number, y: number): number {
  return m[0] * x + m[2] * y + m[4];
}

export function applyY(m: Readonly<Matrix>, x: number, y: number): number {
  return m[1] * x + m[3] * y + m[5];
}
