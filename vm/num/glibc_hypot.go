package num

import "math"

// hypot as glibc 2.36 computes it (sysdeps/ieee754/dbl-64/e_hypot.c,
// since glibc 2.35): the square root of the rounded sum of squares, then
// one correction step from the exact error of that root (Borges, "An
// improved algorithm for hypot(a, b)", 2019), with the arguments scaled
// when the squares could overflow or underflow. x86-64's baseline has no
// FMA, so glibc uses its FMA-free kernel, and there is no -mfma copy of
// hypot to pick: every product here is rounded on its own. The result is
// within about 0.5 ULP but not correctly rounded (hypot(-4.7, 12.4) is
// 0x1.a858d6d04e2b7p+3, one ULP above the nearest double); CPython calls
// it for abs() of a complex and in complex powers.

// glibcHypot is hypot(x, y).
func glibcHypot(x, y float64) float64 {
	if math.IsInf(x, 0) || math.IsInf(y, 0) {
		// An infinity wins over a quiet NaN, not over a signaling one.
		if !isSignaling(x) && !isSignaling(y) {
			return math.Inf(1)
		}
		return x + y
	}
	if x != x || y != y {
		return x + y
	}
	ax, ay := math.Abs(x), math.Abs(y)
	if ax < ay {
		ax, ay = ay, ax
	}
	const (
		scale    = 0x1p-600
		largeVal = 0x1p+511
		tinyVal  = 0x1p-459
		eps      = 0x1p-54
	)
	switch {
	case ax > largeVal:
		if ay <= float64(ax*eps) {
			return ax + ay
		}
		return float64(hypotKernel(float64(ax*scale), float64(ay*scale)) / scale)
	case ay < tinyVal:
		if ax >= ay/eps {
			return ax + ay
		}
		return float64(hypotKernel(ax/scale, ay/scale) * scale)
	case ay <= float64(ax*eps):
		return ax + ay
	}
	return hypotKernel(ax, ay)
}

// hypotKernel is e_hypot.c's kernel for ax >= ay >= 0 whose squares
// neither overflow nor underflow: h = √(ax² + ay²) rounded, then h −
// (h² − ax² − ay²)/(2h) with the numerator computed from h − ay or h −
// ax, whichever cancels less.
func hypotKernel(ax, ay float64) float64 {
	h := math.Sqrt(float64(ax*ax) + float64(ay*ay))
	var t1, t2 float64
	if h <= 2*ay {
		delta := h - ay
		t1 = float64(ax * (2*delta - ax))
		t2 = float64((delta - 2*(ax-ay)) * delta)
	} else {
		delta := h - ax
		t1 = float64(float64(2*delta) * (ax - 2*ay))
		t2 = float64((4*delta-ay)*ay) + float64(delta*delta)
	}
	return h - (t1+t2)/(2*h)
}

// isSignaling reports whether x is a signaling NaN (quiet bit clear).
func isSignaling(x float64) bool {
	return x != x && math.Float64bits(x)&(1<<51) == 0
}
