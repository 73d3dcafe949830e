// Descriptive statistics of a program report: the mean of a sample, its standard deviation and a 95 %
// confidence interval of the mean from Student's t distribution (a program's follow-ups are few, so
// the normal 1.96 would make the interval too narrow: with 5 patients t is 2.776).

export interface Interval {
  lower: number;
  upper: number;
}

export interface Description {
  n: number;
  /** Null for an empty sample. */
  mean: number | null;
  /** Sample standard deviation (n − 1); null below two values. */
  sd: number | null;
  /** 95 % confidence interval of the mean, mean ± t(0.975, n − 1) · sd / √n; null below two values. */
  ci95: Interval | null;
}

export function describe(values: readonly number[]): Description {
  const n = values.length;
  if (n === 0) return { n, mean: null, sd: null, ci95: null };
  const mean = values.reduce((sum, v) => sum + v, 0) / n;
  if (n === 1) return { n, mean, sd: null, ci95: null };
  // Two passes: squared deviations from the mean, not Σx² − n·mean², which cancels badly.
  const sd = Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (n - 1));
  const half = studentTQuantile(0.975, n - 1) * (sd / Math.sqrt(n));
  return { n, mean, sd, ci95: { lower: mean - half, upper: mean + half } };
}

/** The count over the eligible as a fraction, or null when nobody is eligible. */
export const rate = (count: number, eligible: number): number | null => (eligible === 0 ? null : count / eligible);

/**
 * The p-quantile of Student's t with `df` degrees of freedom (0.5 < p < 1), to about 1e-10: the t at
 * which the distribution function reaches p, found by bisection on
 * F(t) = 1 − ½·I(df / (df + t²); df/2, ½) (Abramowitz & Stegun 26.7.1 with 26.5.27).
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0.5 && p < 1) || !(df > 0)) throw new RangeError('studentTQuantile needs 0.5 < p < 1 and df > 0');
  const tail = 2 * (1 - p);
  const upperTail = (t: number) => regularizedBeta(df / (df + t * t), df / 2, 0.5);
  let low = 0;
  let high = 1;
  while (upperTail(high) > tail) high *= 2;
  for (let i = 0; i < 200 && high - low > 1e-12 * high; i += 1) {
    const mid = (low + high) / 2;
    if (upperTail(mid) > tail) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/** I_x(a, b), the regularized incomplete beta function (Numerical Recipes §6.4). */
function regularizedBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  // The continued fraction converges quickly only below the mean; above it, use the symmetry I_x(a, b) = 1 − I_{1−x}(b, a).
  return x < (a + 1) / (a + b + 2) ? (front * betaFraction(x, a, b)) / a : 1 - (front * betaFraction(1 - x, b, a)) / b;
}

/** The continued fraction of the incomplete beta function, by the modified Lentz method. */
function betaFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  const clamp = (v: number) => (Math.abs(v) < tiny ? tiny : v);
  let c = 1;
  let d = 1 / clamp(1 - ((a + b) * x) / (a + 1));
  let result = d;
  for (let m = 1; m <= 300; m += 1) {
    const even = (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m));
    d = 1 / clamp(1 + even * d);
    c = clamp(1 + even / c);
    result *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
    d = 1 / clamp(1 + odd * d);
    c = clamp(1 + odd / c);
    const step = d * c;
    result *= step;
    if (Math.abs(step - 1) < 1e-15) break;
  }
  return result;
}

// Lanczos approximation (g = 7, 9 terms), accurate to about 15 digits for positive arguments.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

function logGamma(z: number): number {
  if (z < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * z)) - logGamma(1 - z);
  const x = z - 1;
  let sum = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i += 1) sum += LANCZOS[i]! / (x + i);
  const t = x + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(sum);
}
