package compiler

import (
	"math"
	"math/big"
	"sync"

	"github.com/quicken-py/quicken/vm/num"
)

// The C library functions constant folding needs. CPython 3.11 folds
// `x ** y` on floats and complex powers with the C library's pow, hypot,
// atan2, exp, log, cos and sin. pow, exp, log, atan2, cos and sin come
// from vm/num, which reproduces glibc's algorithms bit for bit. hypot here
// is correctly rounded with math/big (Ziv's strategy); glibc's is accurate
// to about 0.52 ULP, so they agree except within a few thousandths of an
// ULP of a halfway point (rarely).

// zivMaxPrec bounds the Ziv loop; a result that still cannot be rounded is
// within 2**-10000 of a rounding boundary and the last approximation is
// used.
const zivMaxPrec = 10000

// zivRound returns the double nearest to the value approx(prec) converges
// to, where approx(prec) has a relative error below 2**-prec.
func zivRound(approx func(prec uint) *big.Float) float64 {
	var f float64
	for prec := uint(96); prec <= zivMaxPrec; prec *= 2 {
		a := approx(prec)
		f, _ = a.Float64()
		if a.Sign() == 0 {
			return f
		}
		eps := new(big.Float).SetPrec(prec+8).SetMantExp(a, -int(prec))
		lo := new(big.Float).SetPrec(prec+8).Sub(a, eps)
		hi := new(big.Float).SetPrec(prec+8).Add(a, eps)
		flo, _ := lo.Float64()
		fhi, _ := hi.Float64()
		if flo == fhi && math.Signbit(flo) == math.Signbit(fhi) {
			return flo
		}
	}
	return f
}

func newFloat(prec uint) *big.Float { return new(big.Float).SetPrec(prec) }

// bigConst caches a mathematical constant at the highest precision
// computed so far.
type bigConst struct {
	mu      sync.Mutex
	v       *big.Float
	compute func(prec uint) *big.Float
}

func (c *bigConst) at(prec uint) *big.Float {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.v == nil || c.v.Prec() < prec+16 {
		c.v = c.compute(prec + 64)
	}
	return newFloat(prec).Set(c.v)
}

// atanInv returns atan(1/n) = Σ (-1)^k / ((2k+1) n^(2k+1)).
func atanInv(n int64, prec uint) *big.Float {
	wp := prec + 32
	sum := newFloat(wp)
	nn := newFloat(wp).SetInt64(n * n)
	pow := newFloat(wp).Quo(newFloat(wp).SetInt64(1), newFloat(wp).SetInt64(n)) // 1/n^(2k+1)
	for k := int64(0); ; k++ {
		term := newFloat(wp).Quo(pow, newFloat(wp).SetInt64(2*k+1))
		if k%2 == 0 {
			sum.Add(sum, term)
		} else {
			sum.Sub(sum, term)
		}
		if term.Sign() == 0 || term.MantExp(nil) < -int(wp)-4 {
			break
		}
		pow.Quo(pow, nn)
	}
	return sum
}

// atanhInv returns atanh(1/n) = Σ 1 / ((2k+1) n^(2k+1)).
func atanhInv(n int64, prec uint) *big.Float {
	wp := prec + 32
	sum := newFloat(wp)
	nn := newFloat(wp).SetInt64(n * n)
	pow := newFloat(wp).Quo(newFloat(wp).SetInt64(1), newFloat(wp).SetInt64(n))
	for k := int64(0); ; k++ {
		term := newFloat(wp).Quo(pow, newFloat(wp).SetInt64(2*k+1))
		sum.Add(sum, term)
		if term.MantExp(nil) < -int(wp)-4 {
			break
		}
		pow.Quo(pow, nn)
	}
	return sum
}

var (
	// π by Machin's formula 16·atan(1/5) − 4·atan(1/239).
	bigPi = &bigConst{compute: func(prec uint) *big.Float {
		a := atanInv(5, prec)
		b := atanInv(239, prec)
		a.Mul(a, newFloat(prec).SetInt64(16))
		b.Mul(b, newFloat(prec).SetInt64(4))
		return newFloat(prec).Sub(a, b)
	}}
	// ln 2 = 2·atanh(1/3).
	bigLn2 = &bigConst{compute: func(prec uint) *big.Float {
		a := atanhInv(3, prec)
		return a.Mul(a, newFloat(prec).SetInt64(2))
	}}
)

// bigExp returns e**x for |x| < 2**20 with relative error about 2**-prec.
func bigExp(x *big.Float, prec uint) *big.Float {
	const squarings = 8
	wp := prec + 64
	ln2 := bigLn2.at(wp + 32)
	// x = k·ln2 + r, |r| <= ln2/2
	q := newFloat(wp).Quo(x, ln2)
	kf, _ := q.Float64()
	k := int64(math.Round(kf))
	r := newFloat(wp+32).Sub(x, newFloat(wp+32).Mul(ln2, newFloat(wp).SetInt64(k)))
	r.SetMantExp(r, -squarings)
	// Taylor series of e**r.
	sum := newFloat(wp).SetInt64(1)
	term := newFloat(wp).SetInt64(1)
	for n := int64(1); ; n++ {
		term.Mul(term, r)
		term.Quo(term, newFloat(wp).SetInt64(n))
		sum.Add(sum, term)
		if term.Sign() == 0 || term.MantExp(nil) < -int(wp)-4 {
			break
		}
	}
	for range squarings {
		sum.Mul(sum, sum)
	}
	return sum.SetMantExp(sum, int(k))
}

// bigLog returns ln(x) for x > 0 with relative error about 2**-prec.
func bigLog(x *big.Float, prec uint) *big.Float {
	wp := prec + 64
	m := newFloat(wp)
	e := x.MantExp(m) // x = m · 2**e, 0.5 <= m < 1
	if m.Cmp(big.NewFloat(math.Sqrt2/2)) < 0 {
		m.SetMantExp(m, 1)
		e--
	}
	// ln m = 2·atanh(z), z = (m−1)/(m+1), |z| < 0.172
	one := newFloat(wp).SetInt64(1)
	z := newFloat(wp).Quo(newFloat(wp).Sub(m, one), newFloat(wp).Add(m, one))
	z2 := newFloat(wp).Mul(z, z)
	sum := newFloat(wp)
	pow := newFloat(wp).Set(z)
	if z.Sign() != 0 {
		for k := int64(0); ; k++ {
			term := newFloat(wp).Quo(pow, newFloat(wp).SetInt64(2*k+1))
			sum.Add(sum, term)
			if term.Sign() == 0 || term.MantExp(nil) < sum.MantExp(nil)-int(wp)-4 {
				break
			}
			pow.Mul(pow, z2)
		}
	}
	sum.SetMantExp(sum, 1)
	if e != 0 {
		ln2 := bigLn2.at(wp + 32)
		sum.Add(sum, newFloat(wp).Mul(ln2, newFloat(wp).SetInt64(int64(e))))
	}
	return sum
}

// crExp is exp() as glibc computes it (num.LibmExp, bit for bit).
func crExp(x float64) float64 { return num.LibmExp(x) }

// crLog is log() as glibc computes it (num.LibmLog, bit for bit).
func crLog(x float64) float64 { return num.LibmLog(x) }

// crSin and crCos are sin() and cos() as glibc computes them (num.LibmSin
// and num.LibmCos, bit for bit). The caller deals with infinite arguments
// (a domain error in C).
func crSin(x float64) float64 { return num.LibmSin(x) }

func crCos(x float64) float64 { return num.LibmCos(x) }

// crAtan2 is atan2() as glibc computes it (num.LibmAtan2, bit for bit).
func crAtan2(y, x float64) float64 { return num.LibmAtan2(y, x) }

// crHypot is hypot() correctly rounded: the square root of the exact sum
// of squares, rounded once.
func crHypot(x, y float64) float64 {
	switch {
	case math.IsInf(x, 0) || math.IsInf(y, 0):
		return math.Inf(1)
	case math.IsNaN(x) || math.IsNaN(y):
		return math.NaN()
	case x == 0:
		return math.Abs(y)
	case y == 0:
		return math.Abs(x)
	}
	// x² + y² = n · 2**(2e) exactly.
	mx, ex := frexpInt(math.Abs(x))
	my, ey := frexpInt(math.Abs(y))
	e := min(ex, ey)
	n := new(big.Int).Lsh(new(big.Int).Mul(mx, mx), uint(2*(ex-e)))
	n.Add(n, new(big.Int).Lsh(new(big.Int).Mul(my, my), uint(2*(ey-e))))
	// Scale so that the root has at least 64 bits, then round once with a
	// sticky bit for an inexact root.
	s := 0
	if bits := n.BitLen(); bits < 130 {
		s = (130 - bits + 1) / 2
	}
	n.Lsh(n, uint(2*s))
	root := new(big.Int).Sqrt(n)
	sticky := new(big.Int).Mul(root, root).Cmp(n) != 0
	root.Lsh(root, 1)
	if sticky {
		root.SetBit(root, 0, 1)
	}
	f, _ := new(big.Float).SetMantExp(new(big.Float).SetInt(root), e-s-1).Float64()
	return f
}

// frexpInt splits a finite positive double into an odd-or-zero integer
// mantissa and a binary exponent: f = m · 2**e.
func frexpInt(f float64) (*big.Int, int) {
	fr, e := math.Frexp(f)
	m := int64(math.Ldexp(fr, 53))
	e -= 53
	for m != 0 && m%2 == 0 {
		m /= 2
		e++
	}
	return big.NewInt(m), e
}

// crPow is pow() as glibc computes it (num.LibmPow, bit for bit), for the
// arguments float_pow and _Py_c_pow pass it.
func crPow(x, y float64) float64 { return num.LibmPow(x, y) }

// exactPow returns x**y when it is exactly representable or exactly halfway
// between two doubles; then it is computed exactly and rounded once. Such
// a result is rational: with x = m·2**e (m odd) and y = a/2**j (a odd when
// j > 0), x**y is rational exactly when m is a perfect (2**j)-th power and
// 2**j divides e, and an odd m > 1 below 2**53 is a (2**j)-th power only
// for j <= 5. A rational result whose odd part needs more than 54 bits is
// neither representable nor a halfway case; ok is false for it and for
// irrational results, which crPow rounds from approximations.
func exactPow(x, y float64) (float64, bool) {
	m, e := frexpInt(x)
	a, j := dyadic(y)
	one := big.NewInt(1)
	if j > 0 {
		if m.Cmp(one) == 0 {
			// x = 2**e: x**y = 2**(e·a/2**j), rational only if integral.
			k := new(big.Int).Mul(big.NewInt(int64(e)), a)
			if k.TrailingZeroBits() < uint(j) && k.Sign() != 0 {
				return 0, false
			}
			return pow2(k.Rsh(k, uint(j))), true
		}
		if j > 5 || e%(1<<j) != 0 {
			return 0, false
		}
		root := new(big.Int).Set(m)
		for range j {
			r := new(big.Int).Sqrt(root)
			if new(big.Int).Mul(r, r).Cmp(root) != 0 {
				return 0, false
			}
			root = r
		}
		m, e = root, e>>j
	}
	if m.Cmp(one) == 0 {
		return pow2(new(big.Int).Mul(big.NewInt(int64(e)), a)), true
	}
	if a.BitLen() > 20 || m.BitLen()*int(new(big.Int).Abs(a).Int64()) > 1<<16 {
		return 0, false
	}
	n := a.Int64()
	// Far out of range: overflow or underflow without computing.
	est := float64(n) * (math.Log2(float64(m.Int64())) + float64(e))
	if est > 1100 {
		return math.Inf(1), true
	}
	if est < -1200 {
		return 0, true
	}
	if n < 0 {
		n = -n
	}
	r := new(big.Rat).SetInt(new(big.Int).Exp(m, big.NewInt(n), nil))
	if exp := int64(e) * n; exp >= 0 {
		r.Mul(r, new(big.Rat).SetInt(new(big.Int).Lsh(one, uint(exp))))
	} else {
		r.Quo(r, new(big.Rat).SetInt(new(big.Int).Lsh(one, uint(-exp))))
	}
	if a.Sign() < 0 {
		r.Inv(r)
	}
	f, _ := r.Float64()
	return f, true
}

// dyadic writes a finite double as a/2**j with a an integer, odd when
// j > 0.
func dyadic(y float64) (*big.Int, int) {
	fr, e := math.Frexp(y)
	a := int64(math.Ldexp(fr, 53))
	e -= 53
	for a != 0 && a%2 == 0 {
		a /= 2
		e++
	}
	if e >= 0 {
		return new(big.Int).Lsh(big.NewInt(a), uint(e)), 0
	}
	return big.NewInt(a), -e
}

// pow2 returns 2**k rounded to a double (+0 or +Inf out of range).
func pow2(k *big.Int) float64 {
	if !k.IsInt64() || k.Int64() > 2000 || k.Int64() < -2000 {
		if k.Sign() > 0 {
			return math.Inf(1)
		}
		return 0
	}
	f, _ := new(big.Float).SetMantExp(big.NewFloat(1), int(k.Int64())).Float64()
	return f
}
