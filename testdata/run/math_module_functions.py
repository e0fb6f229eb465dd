# The math module: number theory, rounding, powers, logs, trigonometry.
import math

print(math.pi, math.e, math.tau, math.inf, math.nan)
print("sqrt:", math.sqrt(2), math.sqrt(16), math.sqrt(0.25), math.isqrt(10 ** 20 + 1), math.isqrt(99))
print("floor/ceil/trunc:", math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(7), math.ceil(1e-300))
print("gcd/lcm:", math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(), math.gcd(12, 18, 27))
print("      ", math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(), math.gcd(2 ** 100, 6 ** 50))
print("factorial:", math.factorial(0), math.factorial(10), math.factorial(25))
print("comb/perm:", math.comb(10, 3), math.comb(52, 5), math.perm(10, 3), math.perm(5), math.comb(3, 5))
print("prod/fsum:", math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2]), math.prod(range(1, 6), start=2))
print("          ", math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print("pow/exp:", math.pow(2, 10), math.exp(1), math.exp(0), math.expm1(1e-10), math.pow(2, 0.5))
print("logs:", math.log(math.e), math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024))
print("     ", math.log1p(1e-10), math.log(2 ** 1000), math.log10(10 ** 300), math.log2(2 ** 70))
print("trig:", math.sin(0), math.cos(0), math.tan(math.pi / 4), math.sin(math.pi / 6))
print("     ", math.asin(1), math.acos(0), math.atan(1), math.atan2(1, -1), math.atan2(-1, -1))
print("hyperbolic:", math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print("angles:", math.degrees(math.pi), math.radians(180), math.degrees(1))
print("hypot/dist:", math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(), math.dist((0, 0), (3, 4)))
print("copysign/fabs:", math.copysign(3, -0.0), math.fabs(-7), math.fabs(2 ** 60))
print("fmod/remainder:", math.fmod(7, 3), math.fmod(-7, 3), math.remainder(7, 3), math.remainder(-7, 3), -7 % 3)
print("modf/frexp/ldexp:", math.modf(3.75), math.modf(-3.75), math.frexp(8.0), math.frexp(0.1), math.ldexp(0.5, 4))
print("isclose:", math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.001), math.isclose(1, 1.001, rel_tol=1e-2),
      math.isclose(0, 1e-12), math.isclose(0, 1e-12, abs_tol=1e-9))
print("nextafter/ulp:", math.nextafter(1.0, 2.0), math.ulp(1.0), math.ulp(1e300), math.nextafter(0.0, -1))
print("gamma/erf:", math.gamma(5), math.gamma(0.5) ** 2, math.lgamma(10), math.erf(1), math.erfc(1))
print("type results:", type(math.floor(2.5)).__name__, type(math.sqrt(4)).__name__, type(math.factorial(3)).__name__)

for name, fn, arg in [("sqrt", math.sqrt, -1), ("log", math.log, 0), ("log", math.log, -1), ("acos", math.acos, 2),
                      ("factorial", math.factorial, -1), ("exp", math.exp, 1e4), ("isqrt", math.isqrt, -4)]:
    try:
        fn(arg)
    except (ValueError, OverflowError) as e:
        print(f"math.{name}({arg}) -> {type(e).__name__}: {e}")
try:
    math.factorial(2.5)
except (TypeError, ValueError) as e:
    print("factorial(2.5) ->", type(e).__name__, e)

# A small numeric check: Machin's formula and a series for e.
pi_est = 4 * (4 * math.atan(1 / 5) - math.atan(1 / 239))
e_est = sum(1 / math.factorial(k) for k in range(20))
print("machin:", pi_est, pi_est == math.pi, "series e:", e_est, abs(e_est - math.e) < 1e-15)
print("sine table:", [round(math.sin(math.radians(d)), 6) for d in range(0, 361, 45)])
print("cos table:", [f"{math.cos(math.radians(d)):+.4f}" for d in range(0, 181, 30)])
print("floor of big floats:", math.floor(1e20), math.ceil(-1e20), math.floor(2.0 ** 80))
print("gcd of list:", math.gcd(*[120, 84, 36, 60]), "lcm 1..20:", math.lcm(*range(1, 21)))
