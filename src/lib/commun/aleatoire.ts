/**
 * Seeded randomness (ARCHITECTURE rule 6): the same seed gives the same draws in Node and in
 * the browser. The generator is sfc32 (small, fast, passes PractRand), seeded from a string
 * or a number through a 32-bit hash so that short codes like « K7Q2 » make good seeds.
 */

/** A deterministic source of numbers in [0, 1). */
export type Aleatoire = () => number;

/** Hashes a seed (string or number) into four 32-bit words (cyrb128). */
function hacher(graine: string | number): [number, number, number, number] {
  const texte = String(graine);
  let h1 = 1779033703,
    h2 = 3144134277,
    h3 = 1013904242,
    h4 = 2773480762;
  for (let i = 0; i < texte.length; i++) {
    const k = texte.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

/** Creates a seeded generator of numbers in [0, 1). */
export function creerAleatoire(graine: string | number): Aleatoire {
  let [a, b, c, d] = hacher(graine);
  const suivant = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    const r = (t + d) | 0;
    c = (c + r) | 0;
    return (r >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) suivant(); // discard the first outputs, weakly mixed
  return suivant;
}

/** An integer drawn uniformly in [min, max] (both included). */
export function entierEntre(alea: Aleatoire, min: number, max: number): number {
  return min + Math.floor(alea() * (max - min + 1));
}

/** A real drawn uniformly in [min, max). */
export function reelEntre(alea: Aleatoire, min: number, max: number): number {
  return min + alea() * (max - min);
}

/** One element of a non-empty list, drawn uniformly. */
export function choisir<T>(alea: Aleatoire, elements: readonly T[]): T {
  return elements[Math.floor(alea() * elements.length)];
}

/** A draw from a triangular law (min, most likely, max): the shape used for uncertain rates. */
export function triangulaire(alea: Aleatoire, min: number, mode: number, max: number): number {
  if (max <= min) return min;
  const u = alea();
  const f = (mode - min) / (max - min);
  const x =
    u < f
      ? min + Math.sqrt(u * (max - min) * (mode - min))
      : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
  // Rounding on tiny or denormal ranges can step just outside [min, max]: a rate must never go below 0.
  return Math.min(max, Math.max(min, x));
}

/** A standard normal draw (Box–Muller), for datasets that need bell-shaped values. */
export function normale(alea: Aleatoire, moyenne = 0, ecartType = 1): number {
  const u = 1 - alea();
  const v = alea();
  return moyenne + ecartType * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/**
 * A binomial draw: successes among `n` trials of probability `p` (clients won among contacts).
 * Exact for small counts (trial by trial under 50, inversion while n·min(p, 1−p) < 30); beyond,
 * the normal approximation with continuity correction, whose error is then far below the
 * uncertainty on the rates themselves.
 */
export function binomiale(alea: Aleatoire, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - binomiale(alea, n, 1 - p);
  if (n < 50) return binomialeParEssais(alea, n, p);
  if (n * p < 30) return binomialeParInversion(alea, n, p);
  const x = Math.round(normale(alea, n * p, Math.sqrt(n * p * (1 - p))));
  return Math.min(n, Math.max(0, x));
}

/** Few trials: draw each one. */
function binomialeParEssais(alea: Aleatoire, n: number, p: number): number {
  let x = 0;
  for (let i = 0; i < n; i++) if (alea() < p) x++;
  return x;
}

/** Few expected successes: walk up the cumulative distribution from 0 (inversion). */
function binomialeParInversion(alea: Aleatoire, n: number, p: number): number {
  const q = 1 - p,
    s = p / q,
    a = (n + 1) * s;
  let r = Math.pow(q, n),
    u = alea(),
    x = 0;
  while (u > r && x < n) {
    u -= r;
    x++;
    r *= a / x - s;
  }
  return x;
}
