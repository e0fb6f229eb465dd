ints = [0, 00, 0_0, 1_000, 0x_ff, 0XAB, 0o_17, 0O7, 0b_1, 0B1010, 9_223_372_036_854_775_807]
floats = [0.0, 0., .5, 1e0, 1E+3, 1e-3, 1_0.0_1, 1_0e1_0, 3.14e-0, 0e0, 1.5e+300, 1e400 * 0]
imaginary = [0j, 1J, 1.5j, 1e3j, 1_0j, .5j, 3.j]
print(ints)
print(floats)
print(imaginary)
print(0xdead_beef, 0o777, 0b1111_0000, 1_2.3_4e-1_0, -0.0, +0.0, -0j)
