package num

import "math"

// tan as glibc 2.36 computes it on x86-64: IBM's routine in
// sysdeps/ieee754/dbl-64/s_tan.c, which since glibc 2.34 has no
// multi-precision fallback (about 0.62 ULP at worst), in the copy compiled
// with -mfma -mavx2 that glibc selects by ifunc (__tan_fma). The products
// GCC fuses there are written out with math.FMA; the reductions share
// glibc_sin.go's constants and branred.
//
// Small arguments take an odd polynomial; up to 0.787 a table of points
// x_i with tan and cot at them (glibc_sin_tables.go) and the addition
// formula tan(x_i + z) = F + (F+G)·p/(G-p), p ≈ tan z; beyond, the
// argument is reduced modulo π/2 to a double-double a+da (three-part π/2
// up to 25, four-part up to 1e8, branred beyond), and odd quadrants take
// -cot(a+da), by a double-double division near 0 and by the table's
// companion formula G - (F+G)·p/(F+p) elsewhere.

const (
	// Odd polynomial tan x ≈ x + x³·(d3 + d5·x² + ... + d11·x⁸).
	gtanD3  = 0x1.5555555555555p-2
	gtanD5  = 0x1.11111111107c6p-3
	gtanD7  = 0x1.ba1ba1cdb8745p-5
	gtanD9  = 0x1.664ed49cfc666p-6
	gtanD11 = 0x1.2385a3cf2e4eap-7
	// tan z ≈ z + z³·(e0 + e1·z²) for the table's small z.
	gtanE0 = 0x1.5555555554dbdp-2
	gtanE1 = 0x1.11112e0a6b45fp-3
	// Range limits.
	gtanG1 = 0x1.b096c00000000p-27 // 1.259e-8
	gtanG2 = 0x1.f212d00000000p-5  // 0.0608
	gtanG3 = 0x1.92f1a00000000p-1  // 0.787
	gtanG4 = 25.0
	gtanG5 = 1e8
	// π/2 ≈ mp1 + mp2 + mp3 (tan's third part, longer than sin's pp3).
	gtanMp3 = -0x1.cb3b399d747f2p-55
)

// gtanPoly is d3 + d5·x2 + ... + d11·x2⁴, with the FMA build's fusions.
func gtanPoly(x2 float64) float64 {
	return math.FMA(x2, math.FMA(x2, math.FMA(x2, math.FMA(x2, gtanD11, gtanD9), gtanD7), gtanD5), gtanD3)
}

// gtanReduced is tan(a+da) for even n, -cot(a+da) for odd n, where
// |a+da| <= about π/4 and da is a's correction.
func gtanReduced(a, da float64, n int) float64 {
	ya, yya, sy := a, da, 1.0
	if a < 0 {
		ya, yya, sy = -a, -da, -1
	}
	if ya <= gtanG2 {
		a2 := float64(a * a)
		t2 := math.FMA(float64(a*a2), gtanPoly(a2), da)
		if n == 0 {
			return a + t2
		}
		// -1/(a+t2) as a double-double quotient: b+db = a+t2 exactly,
		// c = 1/b, and its correction from the exact residual 1 - c·b.
		b := a + t2
		var db float64
		if math.Abs(a) > math.Abs(t2) {
			db = (a - b) + t2
		} else {
			db = (t2 - b) + a
		}
		c := 1 / b
		u := float64(c * b)
		uu := math.FMA(c, b, -u)
		cc := math.FMA(-db, c, ((1-u)-uu)+0) / b
		z := c + cc
		zz := (c - z) + cc
		return -(zz + z)
	}
	i := int(-15.5 + 256*ya)
	z := (ya - gtanTab[i][0]) + yya
	pz := gtanTableZ(z)
	fi, gi := gtanTab[i][1], gtanTab[i][2]
	if n == 0 {
		return sy * (fi + float64((fi+gi)*pz)/(gi-pz))
	}
	return -sy * (gi - float64((fi+gi)*pz)/(pz+fi))
}

// gtanTableZ is tan z for the small offset from a table point.
func gtanTableZ(z float64) float64 {
	z2 := float64(z * z)
	return math.FMA(float64(z*z2), math.FMA(z2, gtanE1, gtanE0), z)
}

// gtanTwoSum is a + b as a double and its exact error (glibc's EADD).
func gtanTwoSum(a, b float64) (s, e float64) {
	s = a + b
	if math.Abs(a) > math.Abs(b) {
		return s, (a - s) + b
	}
	return s, (b - s) + a
}

// glibcTan is tan(x) as glibc's FMA build computes it.
func glibcTan(x float64) float64 {
	if math.Float64bits(x)>>52&0x7ff == 0x7ff {
		return x - x // NaN for ±Inf and NaN
	}
	w := math.Abs(x)
	switch {
	case w <= gtanG1:
		return x
	case w <= gtanG2:
		x2 := float64(x * x)
		return math.FMA(float64(x*x2), gtanPoly(x2), x)
	case w <= gtanG3:
		i := int(-15.5 + 256*w)
		pz := gtanTableZ(w - gtanTab[i][0])
		fi, gi := gtanTab[i][1], gtanTab[i][2]
		s := 1.0
		if x < 0 {
			s = -1
		}
		return s * (fi + float64((gi+fi)*pz)/(gi-pz))
	case w <= gtanG4:
		// Three-part π/2: the correction comes from mp3 alone.
		t := math.FMA(x, gsinHpinv, gsinToint)
		xn := t - gsinToint
		n := int(uint32(math.Float64bits(t))) & 1
		t1 := math.FMA(-xn, gsinMp2, math.FMA(-xn, gsinMp1, x))
		a := math.FMA(-xn, gtanMp3, t1)
		da := math.FMA(-xn, gtanMp3, t1-a)
		return gtanReduced(a, da, n)
	case w <= gtanG5:
		t := math.FMA(x, gsinHpinv, gsinToint)
		xn := t - gsinToint
		n := int(uint32(math.Float64bits(t))) & 1
		t1 := math.FMA(-xn, gsinMp2, math.FMA(-xn, gsinMp1, x))
		tt := math.FMA(-xn, gsinPp3, t1)
		da := math.FMA(-xn, gsinPp3, t1-tt)
		a := math.FMA(-xn, gsinPp4, tt)
		da += math.FMA(-xn, gsinPp4, tt-a)
		a, da = gtanTwoSum(a, da)
		return gtanReduced(a, da, n)
	}
	a, da, n := gsinBranred(x)
	a, da = gtanTwoSum(a, da)
	return gtanReduced(a, da, n&1)
}
