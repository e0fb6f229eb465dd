# Format specs applied to floats: f, e, g, %, widths, fill, sign, grouping.

values = [0.0, -0.0, 1.0, -1.5, 3.14159265, 1234567.891, 0.000123456, 1e-10, 6.02e23, 2.5, 0.5]
specs = ["", "f", ".2f", ".0f", "10.3f", "<10.1f", "^12.2f", "*>12.2f", "+.3f", " .3f",
         "e", ".3e", "E", "g", ".3g", ".10g", "G", "%", ".1%", ",.2f", "_.3f", "012.4f",
         "#.0f", "#g", "#.3g", "n", "-010.2f", "=+12.3f", ".15g", ".17g", "010"]
for v in values:
    print(repr(v))
    for spec in specs:
        print(f"  {spec!r:10} [{format(v, spec)}]")

print("specials:")
for v in (float("inf"), float("-inf"), float("nan")):
    print([format(v, s) for s in ("", "f", ".2e", "10g", "+", "%", "010.2f", "F", "E")])

print("nested:")
for width in (6, 10):
    for prec in (1, 3):
        print(f"[{3.14159:{width}.{prec}f}] [{-2.71828:>{width}.{prec}e}] [{1/7:^{width}.{prec}%}]")

print("% operator:")
for v in (3.14159, -0.001234, 12345678.9):
    print("%f|%.2f|%10.3f|%-10.1f|%+e|%.3E|%g|%G|%08.2f|% .2f|%#.0f" % ((v,) * 11))

print("str.format:")
print("{0:.2f} {0:e} {0:g} {1:>8.3f} {1:<8.1f}|".format(2 / 3, 100.0 / 7))
print("{:,}".format(1234567.25), "{:_}".format(9876543.5), "{:,.1f}".format(-1e9))
print("{:.0e} {:.1e} {:.2e}".format(12345, 0.000678, 9.995))
print("{:g} {:g} {:g} {:g} {:g}".format(1e-5, 1e-4, 1e15, 1e16, 123456789.0))
print("{:.2g} {:.2g} {:.2g}".format(0.0001, 150, 1.5e20))
print("int with float spec:", format(7, ".2f"), format(10 ** 20, "e"), format(-3, "%"), f"{True:.1f}")
