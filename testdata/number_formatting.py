values = [0, 7, -7, 255, 1234567, 3.14159, -0.5, 1e-5, 12345.6789, 1 / 3]
for v in values:
    if isinstance(v, int):
        print(f"{v:d} {v:5d} {v:<5d}| {v:+d} {v:x} {v:X} {v:o} {v:b} {v:,} {v:_}")
    else:
        print(f"{v:f} {v:.2f} {v:10.3f} {v:e} {v:.3E} {v:g} {v:.2%} {v:,.1f}")
print(format(42, "08b"), format(3.5, ".0f"), format(4.5, ".0f"), format(-1.25, "+.1f"))
print(round(2.675, 2), round(1234.5678, -2), round(-2.5), int("  12  "), float("1_000.5"))
print(hex(255), oct(8), bin(10), int("0x1f", 16), int("777", 8), int("1010", 2), int("z", 36))
print(f"{1e100}", f"{1.0}", f"{100.0:g}", f"{123456789.0:.4g}", f"{0.0001:.1e}", str(1e16))
print(f"{True:d}", f"{'text':^10}", f"{12:#06x}", f"{-3:05}", f"{3.0:=+8.2f}")
print(divmod(-17, 5), divmod(17.5, 5), (-17) % 5, -17 // 5, pow(2, -2), 10 / 4, 10 // 4)
print(complex(1, -2), (1 + 2j) * (3 - 1j), abs(3 + 4j), (2j).imag, complex("1+2j").conjugate())
print(int(1e20), float(2 ** 60), 0.1 + 0.7, 1 / 7, 2 ** 0.5, 10 ** 15 + 0.5)
