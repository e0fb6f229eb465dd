package num

import "math"

// exp, exp2 and pow as glibc 2.36 computes them on x86-64 (the routines
// from Arm's optimized-routines in sysdeps/ieee754/dbl-64, data in
// glibc_tables.go). They are not correctly rounded (about 0.51 ULP for exp
// and exp2, 0.52 for pow), so reproducing CPython's results bit for bit
// takes their exact sequence of operations. glibc selects, by ifunc, the
// copies of exp and pow compiled with -mfma, in which GCC fuses every
// product whose only uses are additions into an fma; those fusions are
// written out here with math.FMA. exp2 has no such copy and is evaluated
// with separate roundings.

const gexpN = 128

// gexpTop12 is the sign and exponent bits of x.
func gexpTop12(x float64) uint32 { return uint32(math.Float64bits(x) >> 52) }

// gexpScaleSpecial finishes exp's reconstruction scale·(1+tmp) when the
// exponent of scale (bits sbits, possibly wrapped) is out of range: ki
// holds k, the reduction's multiple of 1/N, positive for possible
// overflow, negative for possible underflow. Above, scale is lowered by
// overShift binades and the result raised by overScale, with scale·tmp
// fused when fused is set; below, scale·tmp is rounded (GCC does not fuse
// a product used in two blocks). signedZero keeps the sign of a zero
// result (pow's negative results).
func gexpScaleSpecial(tmp float64, sbits, ki uint64, overShift uint64, overScale float64, fused, signedZero bool) float64 {
	if ki&0x80000000 == 0 {
		// The exponent of scale may exceed the double range.
		scale := math.Float64frombits(sbits - overShift<<52)
		if fused {
			return overScale * math.FMA(scale, tmp, scale)
		}
		return overScale * (scale + float64(scale*tmp))
	}
	// Possibly subnormal: round to the final precision before scaling down,
	// so that the result is rounded once.
	sbits += 1022 << 52
	scale := math.Float64frombits(sbits)
	st := float64(scale * tmp)
	y := scale + st
	if math.Abs(y) < 1 {
		one := 1.0
		if y < 0 {
			one = -1
		}
		lo := scale - y + st
		hi := one + y
		lo = one - hi + y + lo
		y = (hi + lo) - one
		if y == 0 {
			if signedZero {
				y = math.Float64frombits(sbits & (1 << 63))
			} else {
				y = 0
			}
		}
	}
	return 0x1p-1022 * y
}

// glibcExp is exp(x) as glibc's FMA build computes it.
func glibcExp(x float64) float64 {
	abstop := gexpTop12(x) & 0x7ff
	if abstop-gexpTop12(0x1p-54) >= gexpTop12(512)-gexpTop12(0x1p-54) {
		if abstop-gexpTop12(0x1p-54) >= 0x80000000 {
			// |x| < 2**-54 (0 included).
			return 1 + x
		}
		if abstop >= gexpTop12(1024) {
			switch {
			case x == math.Inf(-1):
				return 0
			case abstop >= gexpTop12(math.Inf(1)):
				return 1 + x
			case x < 0:
				return 0
			}
			return math.Inf(1)
		}
		// 512 <= |x| < 1024: may overflow or underflow.
		abstop = 0
	}
	// x = k·ln2/N + r, |r| <= ln2/2N; exp(x) = 2**(k/N)·exp(r).
	kd := math.FMA(gexpInvLn2N, x, gexpShift)
	ki := math.Float64bits(kd)
	kd -= gexpShift
	r := math.FMA(kd, gexpNegLn2loN, math.FMA(kd, gexpNegLn2hiN, x))
	return gexpFinish(r, ki, 0, abstop == 0, true)
}

// gexpFinish evaluates 2**(k/N)·exp(r) with the table and polynomial of
// exp (ki holds k in its low bits; signBias flips the sign of the
// result's scale for pow).
func gexpFinish(r float64, ki uint64, signBias uint64, special, signedZero bool) float64 {
	idx := 2 * (ki % gexpN)
	top := (ki + signBias) << (52 - 7)
	tail := math.Float64frombits(gexpTab[idx])
	sbits := gexpTab[idx+1] + top
	r2 := r * r
	p23 := math.FMA(r, gexpPoly[1], gexpPoly[0])
	p45 := math.FMA(r, gexpPoly[3], gexpPoly[2])
	tmp := math.FMA(r2*r2, p45, math.FMA(r2, p23, tail+r))
	if special {
		return gexpScaleSpecial(tmp, sbits, ki, 1009, 0x1p1009, true, signedZero)
	}
	scale := math.Float64frombits(sbits)
	return math.FMA(scale, tmp, scale)
}

// glibcExp2 is exp2(x) as glibc computes it (no fma build: every
// operation rounded separately).
func glibcExp2(x float64) float64 {
	abstop := gexpTop12(x) & 0x7ff
	if abstop-gexpTop12(0x1p-54) >= gexpTop12(512)-gexpTop12(0x1p-54) {
		if abstop-gexpTop12(0x1p-54) >= 0x80000000 {
			return 1 + x
		}
		if abstop >= gexpTop12(1024) {
			switch {
			case x == math.Inf(-1):
				return 0
			case abstop >= gexpTop12(math.Inf(1)):
				return 1 + x
			case x >= 0:
				return math.Inf(1)
			case math.Float64bits(x) >= math.Float64bits(-1075):
				return 0
			}
			// -1075 < x <= -1024: the general path handles it.
		}
		if 2*math.Float64bits(x) > 2*math.Float64bits(928) {
			abstop = 0
		}
	}
	// x = k/N + r, |r| <= 1/2N.
	kd := float64(x + gexp2Shift)
	ki := math.Float64bits(kd)
	kd -= gexp2Shift
	r := x - kd
	idx := 2 * (ki % gexpN)
	top := ki << (52 - 7)
	tail := math.Float64frombits(gexpTab[idx])
	sbits := gexpTab[idx+1] + top
	r2 := float64(r * r)
	c := &gexp2Poly
	tmp := float64(tail+float64(r*c[0])) +
		float64(r2*float64(c[1]+float64(r*c[2]))) +
		float64(float64(r2*r2)*float64(c[3]+float64(r*c[4])))
	if abstop == 0 {
		return gexpScaleSpecial(tmp, sbits, ki, 1, 2, false, false)
	}
	scale := math.Float64frombits(sbits)
	return scale + float64(scale*tmp)
}

// gpowLog returns log(x) as hi + lo, lo carrying about 15 more bits, for
// the bits ix of x (subnormals normalized with an exponent below zero).
func gpowLog(ix uint64) (hi, lo float64) {
	const off = 0x3fe6955500000000
	tmp := ix - off
	i := (tmp >> (52 - 7)) % 128
	k := int64(tmp) >> 52
	iz := ix - (tmp & (0xfff << 52))
	z := math.Float64frombits(iz)
	kd := float64(k)
	t := &gpowTab[i]
	invc, logc, logctail := t[0], t[1], t[2]

	// log(x) = k·ln2 + log(c) + log1p(r), r = z/c − 1 exact.
	r := math.FMA(z, invc, -1)
	t1 := math.FMA(kd, gpowLn2hi, logc)
	t2 := t1 + r
	lo1 := math.FMA(kd, gpowLn2lo, logctail)
	lo2 := t1 - t2 + r
	a := &gpowPoly
	ar := a[0] * r
	ar2 := r * ar
	ar3 := r * ar2
	h := t2 + ar2
	lo3 := math.FMA(ar, r, -ar2)
	lo4 := t2 - h + ar2
	q := math.FMA(ar2, math.FMA(ar2, math.FMA(r, a[6], a[5]), math.FMA(r, a[4], a[3])), math.FMA(r, a[2], a[1]))
	l := math.FMA(ar3, q, lo1+lo2+lo3+lo4)
	y := h + l
	return y, h - y + l
}

// gpowExp returns sign·exp(x + xtail) for pow, |xtail| < 2**-8/N.
func gpowExp(x, xtail float64, signBias uint64) float64 {
	abstop := gexpTop12(x) & 0x7ff
	if abstop-gexpTop12(0x1p-54) >= gexpTop12(512)-gexpTop12(0x1p-54) {
		if abstop-gexpTop12(0x1p-54) >= 0x80000000 {
			one := 1 + x
			if signBias != 0 {
				return -one
			}
			return one
		}
		if abstop >= gexpTop12(1024) {
			var v float64
			if x > 0 {
				v = math.Inf(1)
			}
			if signBias != 0 {
				return -v
			}
			return v
		}
		abstop = 0
	}
	kd := math.FMA(gexpInvLn2N, x, gexpShift)
	ki := math.Float64bits(kd)
	kd -= gexpShift
	r := math.FMA(kd, gexpNegLn2loN, math.FMA(kd, gexpNegLn2hiN, x))
	r += xtail
	return gexpFinish(r, ki, signBias, abstop == 0, true)
}

// glibcPowPositive is pow(x, y) as glibc's FMA build computes it, for
// finite x > 0 and finite y (the cases libmPow is given).
func glibcPowPositive(x, y float64) float64 {
	ix := math.Float64bits(x)
	topx := gexpTop12(x)
	topy := gexpTop12(y) & 0x7ff
	if topx-1 >= 0x7ff-1 || topy-0x3be >= 0x43e-0x3be {
		if y == 0 || x == 1 {
			return 1
		}
		if topy-0x3be >= 0x43e-0x3be {
			// |y| < 2**-65 or |y| >= 2**63.
			if topy < 0x3be {
				if ix > math.Float64bits(1) {
					return 1 + y
				}
				return 1 - y
			}
			if (ix > math.Float64bits(1)) == (y > 0) {
				return math.Inf(1)
			}
			return 0
		}
		if topx == 0 {
			// Subnormal x: normalize, with the exponent going negative.
			ix = math.Float64bits(x * 0x1p52)
			ix &= 0x7fffffffffffffff
			ix -= 52 << 52
		}
	}
	hi, lo := gpowLog(ix)
	ehi := y * hi
	elo := math.FMA(y, lo, math.FMA(y, hi, -ehi))
	return gpowExp(ehi, elo, 0)
}
