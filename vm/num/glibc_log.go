package num

import "math"

// log and log2 as glibc 2.36 computes them on x86-64 (Arm's
// optimized-routines in sysdeps/ieee754/dbl-64; data in glibc_tables.go).
// log runs glibc's FMA build, whose fused operations are written out with
// math.FMA; log2 has no FMA build and rounds each operation separately,
// with the reduction z − c − c_lo of the non-fma variant.

// glibcLogSpecial handles x that is not a positive normal finite number:
// ok is false for a subnormal x, returned as normalized bits.
func glibcLogSpecial(x float64) (v float64, ix uint64, ok bool) {
	switch {
	case x == 0:
		return math.Inf(-1), 0, true
	case math.IsInf(x, 1):
		return x, 0, true
	case x < 0 || x != x:
		return math.NaN(), 0, true
	}
	ix = math.Float64bits(x * 0x1p52)
	return 0, ix - 52<<52, false
}

// glibcLog is log(x).
func glibcLog(x float64) float64 {
	ix := math.Float64bits(x)
	const lo1, hi1 = 0x3fee000000000000, 0x3ff1090000000000 // 1 − 2**-4, 1 + 0x1.09p-4
	if ix-lo1 < hi1-lo1 {
		if x == 1 {
			return 0
		}
		b := &glogPoly1
		r := x - 1
		r2 := r * r
		r3 := r * r2
		inner := math.FMA(r3, b[10], math.FMA(r2, b[9], math.FMA(r, b[8], b[7])))
		mid := math.FMA(r3, inner, math.FMA(r2, b[6], math.FMA(r, b[5], b[4])))
		outer := math.FMA(r3, mid, math.FMA(r2, b[3], math.FMA(r, b[2], b[1])))
		// r split so that rhi² is exact.
		w := r * 0x1p27
		rhi := r + w - w
		rlo := r - rhi
		w = rhi * rhi * b[0] // b[0] = −1/2, exact
		hi := r + w
		lo := r - hi + w
		lo = math.FMA(b[0]*rlo, rhi+r, lo)
		y := math.FMA(r3, outer, lo)
		y += hi
		return y
	}
	top := ix >> 48
	if top-0x0010 >= 0x7ff0-0x0010 {
		v, nix, ok := glibcLogSpecial(x)
		if ok {
			return v
		}
		ix = nix
	}
	// x = 2**k·z, z in [0x1.6p-1, 0x1.6p0), near the table point c.
	const off = 0x3fe6000000000000
	tmp := ix - off
	i := (tmp >> (52 - 7)) % 128
	k := int64(tmp) >> 52
	iz := ix - (tmp & (0xfff << 52))
	invc, logc := glogTab[i][0], glogTab[i][1]
	z := math.Float64frombits(iz)
	r := math.FMA(z, invc, -1)
	kd := float64(k)
	w := math.FMA(kd, glogLn2hi, logc)
	hi := w + r
	lo := math.FMA(kd, glogLn2lo, w-hi+r)
	a := &glogPoly
	r2 := r * r
	q := math.FMA(r2, math.FMA(r, a[4], a[3]), math.FMA(r, a[2], a[1]))
	t := math.FMA(r*r2, q, math.FMA(r2, a[0], lo))
	return t + hi
}

// glibcLog2 is log2(x) (the FMA build, which the 2.36 release branch
// that Debian 12 ships added).
func glibcLog2(x float64) float64 {
	ix := math.Float64bits(x)
	const lo1, hi1 = 0x3feea4af00000000, 0x3ff0b55900000000 // 1 − 0x1.5b51p-5, 1 + 0x1.6ab2p-5
	if ix-lo1 < hi1-lo1 {
		if x == 1 {
			return 0
		}
		b := &glog2Poly1
		r := x - 1
		hi := r * glog2InvLn2hi
		lo := math.FMA(r, glog2InvLn2lo, math.FMA(r, glog2InvLn2hi, -hi))
		r2 := r * r
		r4 := r2 * r2
		q := math.FMA(r, b[1], b[0])
		y := math.FMA(r2, q, hi)
		lo += math.FMA(r2, q, hi-y)
		inner := math.FMA(r2, math.FMA(r, b[9], b[8]), math.FMA(r, b[7], b[6]))
		mid := math.FMA(r4, inner, math.FMA(r2, math.FMA(r, b[5], b[4]), math.FMA(r, b[3], b[2])))
		lo = math.FMA(r4, mid, lo)
		return y + lo
	}
	top := ix >> 48
	if top-0x0010 >= 0x7ff0-0x0010 {
		v, nix, ok := glibcLogSpecial(x)
		if ok {
			return v
		}
		ix = nix
	}
	const off = 0x3fe6000000000000
	tmp := ix - off
	i := (tmp >> (52 - 6)) % 64
	k := int64(tmp) >> 52
	iz := ix - (tmp & (0xfff << 52))
	invc, logc := glog2Tab[i][0], glog2Tab[i][1]
	z := math.Float64frombits(iz)
	kd := float64(k)
	r := math.FMA(z, invc, -1)
	t1 := r * glog2InvLn2hi
	t2 := math.FMA(r, glog2InvLn2lo, math.FMA(r, glog2InvLn2hi, -t1))
	t3 := kd + logc
	hi := t3 + t1
	lo := t3 - hi + t1 + t2
	r2 := r * r
	r4 := r2 * r2
	a := &glog2Poly
	p := math.FMA(r4, math.FMA(r, a[5], a[4]), math.FMA(r2, math.FMA(r, a[3], a[2]), math.FMA(r, a[1], a[0])))
	return math.FMA(r2, p, lo) + hi
}
