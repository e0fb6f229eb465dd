name = "quicken"
version = (3, 11)
count = 42
ratio = 0.3333333

print(f"{name}")
print(f"{name!r} {name!s} {name!a}")
print(f"Python {version[0]}.{version[1]}")
print(f"{count:5d}|{count:<5}|{count:^7}|{count:>+6}")
print(f"{ratio:.2f} {ratio:10.4e} {ratio:%}")
print(f"{count=} {ratio=:.3f} {name = }")
print(f"{{literal braces}} {count * 2} {'nested quotes'}")
print(f"{count:#x} {count:#o} {count:#b} {count:08.3f}")
print(f"{'left':<10}|{'right':>10}|")
print(f"multi {name} " f"part {count}" " plain")
print(F"upper prefix {count}", rf"raw {name}\n", fr"{ratio}\t")
print(f"{'é'!a}", f"{3.0!r:>8}")
print(f"""triple {
    name.upper()
} quoted""")
