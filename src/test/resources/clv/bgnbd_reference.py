"""Reference values for BgNbdPrecisionTest: E[Y(t) | x, tx, T] and P(alive) of BG/NBD and MBG/NBD at 40 digits.

Run: python3 bgnbd_reference.py > bgnbd-reference.csv (mpmath 1.3). Parameters are drawn log-uniformly over the
whole box the fitter can reach (e^-12 .. e^12 for r, alpha, a, b), with histories from one-time buyers to 2,000
repeat purchases and horizons from a day to ten years. Each value is computed twice, by the closed form with
mpmath.hyp2f1 and by quadrature of E_p[(1 - (1 + p t/(alpha+T))^-(r+x)) / p] over the posterior Beta of the
dropout probability (in the logit of p, split at the mode); rows where the two disagree beyond 1e-25 are dropped.
"""
import random
import mpmath as mp

mp.mp.dps = 40
random.seed(18)


def log_uniform(low, high):
    return float(mp.e ** random.uniform(float(mp.log(low)), float(mp.log(high))))


def closed_form(variant, r, alpha, a, b, x, tx, T, t):
    s = r + x
    bb = b + x + (1 if variant == "MBG_NBD" else 0)
    c = a + bb - 1
    z = t / (alpha + T + t)
    alive_mean = c / (a - 1) * (1 - ((alpha + T) / (alpha + T + t)) ** s * mp.hyp2f1(s, bb, c, z))
    return alive_mean


def by_quadrature(variant, r, alpha, a, b, x, tx, T, t):
    s = r + x
    bb = b + x + (1 if variant == "MBG_NBD" else 0)
    w = t / (alpha + T)
    log_beta = mp.log(mp.beta(a, bb))

    def integrand(u):
        p = 1 / (1 + mp.exp(-u))
        log_density = a * mp.log(p) + bb * mp.log(1 - p) - log_beta
        g = -mp.expm1(-s * mp.log1p(p * w)) / p
        return g * mp.exp(log_density)

    mode = mp.log(a / bb)
    width = mp.sqrt(1 / a + 1 / bb)
    points = [-mp.inf] + sorted({mode - 40 * width, mode - 5 * width, mode, mode + 5 * width, mode + 40 * width,
                                 -mp.log(s * w + 1)}) + [mp.inf]
    return mp.quad(integrand, points, maxdegree=10)


def probability_alive(variant, r, alpha, a, b, x, tx, T):
    if variant == "BG_NBD" and x == 0:
        return mp.mpf(1)
    denominator = b + x - (1 if variant == "BG_NBD" else 0)
    return 1 / (1 + a / denominator * ((alpha + T) / (alpha + tx)) ** (r + x))


def main():
    print("variant,r,alpha,a,b,x,tx,T,t,probabilityAlive,expectedWhileAlive,expectedPurchases")
    rows = 0
    while rows < 400:
        variant = random.choice(["BG_NBD", "MBG_NBD"])
        r, alpha, a, b = (log_uniform(6.2e-6, 1.6e5) for _ in range(4))
        if random.random() < 0.4:
            r, alpha = log_uniform(0.05, 5), log_uniform(0.5, 200)
            a, b = log_uniform(1e-3, 1e5), log_uniform(1e-3, 1e5)
        x = random.choice([0, 0, 1, 2, 5, 20, 100, 2000])
        T = log_uniform(0.15, 520)
        tx = 0.0 if x == 0 else T * random.random()
        t = log_uniform(0.15, 520)
        if abs(a - 1) < 1e-3 or (variant == "BG_NBD" and x == 0 and abs(a + b - 1 - round(a + b - 1)) < 1e-3
                                 and round(a + b - 1) <= 0):
            continue
        args = [mp.mpf(value) for value in (r, alpha, a, b)] + [x, mp.mpf(tx), mp.mpf(T), mp.mpf(t)]
        try:
            closed = closed_form(variant, *args)
        except Exception:
            closed = None
        quad = by_quadrature(variant, *args)
        if closed is not None and abs(closed - quad) > 1e-25 * abs(quad):
            continue
        alive = probability_alive(variant, *args[:7])
        expected = alive * quad
        print(",".join([variant, repr(r), repr(alpha), repr(a), repr(b), str(x), repr(tx), repr(T), repr(t),
                        mp.nstr(alive, 20), mp.nstr(quad, 20), mp.nstr(expected, 20)]))
        rows += 1


main()
