# inf, nan, negative zero and overflow behaviour of floats.
import math

inf = float("inf")
ninf = float("-inf")
nan = float("nan")
print(inf, ninf, nan, repr(inf), str(nan), -nan)
print(inf + 1, inf * 2, inf - inf, inf * 0, inf / inf, 1 / inf, -1 / inf)
print(inf > 1e308, ninf < -1e308, inf == inf, nan == nan, nan != nan, nan is nan)
print(math.isinf(inf), math.isinf(nan), math.isnan(nan), math.isnan(inf), math.isfinite(1e308))
print(math.isfinite(inf), math.isfinite(nan), max(1, inf), min(ninf, -1))
print("nan in containers:", nan in [nan], [nan] == [nan], [float("nan")] == [float("nan")])
print("nan ordering:", sorted([3, nan, 1]) == sorted([3, nan, 1]), max(nan, 1), max(1, nan))
print("1e308 * 10 =", 1e308 * 10, "-1e308 * 10 =", -1e308 * 10)
print("tiny:", 5e-324, 5e-324 / 2, -5e-324 / 2, 2.2250738585072014e-308 / 2)

neg = -0.0
print("negative zero:", neg, repr(neg), neg == 0.0, str(neg), math.copysign(1, neg), math.copysign(1, 0.0))
print(" -0.0 + 0.0 =", -0.0 + 0.0, "-0.0 * 5 =", -0.0 * 5, "0.0 * -5 =", 0.0 * -5, "-0.0 - 0.0 =", -0.0 - 0.0)
print(" abs(-0.0) =", abs(-0.0), "round(-0.4) =", round(-0.4), "round(-0.4, 1) =", round(-0.4, 1))
print(" -0.0 formats:", f"{-0.0:.2f}", f"{-0.0:g}", f"{-0.0:z.2f}", f"{-0.001:z.1f}", "%.1f" % -0.0, int(-0.0))
print(" atan2:", math.atan2(0.0, -1.0), math.atan2(-0.0, -1.0), math.atan2(0.0, 0.0), math.atan2(-0.0, 0.0))

for expr, fn in [("int(inf)", lambda: int(inf)), ("int(nan)", lambda: int(nan)),
                 ("math.sqrt(-1)", lambda: math.sqrt(-1)), ("math.log(0)", lambda: math.log(0)),
                 ("math.exp(1000)", lambda: math.exp(1000)), ("2.0 ** 5000", lambda: 2.0 ** 5000),
                 ("1 / 0.0", lambda: 1 / 0.0), ("float(2**1024)", lambda: float(2 ** 1024)),
                 ("2**1024 / 1", lambda: 2 ** 1024 / 1), ("0.0 ** -1", lambda: 0.0 ** -1),
                 ("math.fmod(inf, 1)", lambda: math.fmod(inf, 1)), ("math.pow(-8.0, 0.5)", lambda: math.pow(-8.0, 0.5)),
                 ("inf % 2", lambda: inf % 2), ("5 % inf", lambda: 5 % inf), ("-5 % inf", lambda: -5 % inf),
                 ("inf // 1", lambda: inf // 1), ("divmod(5.0, inf)", lambda: divmod(5.0, inf))]:
    try:
        result = fn()
        print(f"{expr} = {result!r}")
    except Exception as e:
        print(f"{expr} -> {type(e).__name__}: {e}")

print("hash:", hash(inf), hash(ninf), hash(0.0), hash(-0.0), hash(1.5), hash(0.1), hash(1e100))
print("is_integer:", inf.is_integer(), nan.is_integer(), (-0.0).is_integer())
print("conversions:", float("infinity"), float("-INF"), float("NaN"), float("+nan"), str(float("-nan")))
print("comparisons with ints:", inf > 10 ** 1000, ninf < -(10 ** 1000), nan > 10 ** 1000, nan < 0)
print("sum with inf:", sum([1.0, inf, -1.0]), sum([inf, ninf]), math.fsum([1e308, 1e307, -1e308]))
print("pow specials:", 1.0 ** nan, nan ** 0, inf ** 0, 0.0 ** 0, (-1.0) ** inf, 0.5 ** inf, 2.0 ** -inf)
