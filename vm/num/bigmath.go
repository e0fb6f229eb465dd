package num

import (
	"math"
	"math/big"
	"sync"
)

// Arbitrary-precision elementary functions, the slow path behind libm.go:
// when a double-double result is too close to a rounding boundary, the
// function is evaluated again with math/big at increasing precision until
// its rounding is certain (Ziv's strategy).

// maxZivPrec bounds the retries: a value still undecided at this many bits
// is within 2**-4000 of a halfway point (an exact halfway result, which is
// handled before, or a case no double argument is known to produce).
const maxZivPrec = 4096

// zivRound returns the double nearest to the limit of approx(prec), where
// approx(prec) has relative error below 2**-prec.
func zivRound(approx func(prec uint) *big.Float) float64 {
	var f float64
	for prec := uint(128); prec <= maxZivPrec; prec *= 2 {
		a := approx(prec)
		f, _ = a.Float64()
		if a.Sign() == 0 {
			return f
		}
		wp := prec + 16
		eps := new(big.Float).SetPrec(wp).SetMantExp(a, -int(prec)+1)
		eps.Abs(eps)
		lo, _ := new(big.Float).SetPrec(wp).Sub(a, eps).Float64()
		hi, _ := new(big.Float).SetPrec(wp).Add(a, eps).Float64()
		if lo == hi && math.Signbit(lo) == math.Signbit(hi) {
			return lo
		}
	}
	return f
}

func bf(prec uint) *big.Float { return new(big.Float).SetPrec(prec) }

func bfInt(prec uint, v int64) *big.Float { return bf(prec).SetInt64(v) }

// cachedConst holds a constant at the best precision computed so far.
type cachedConst struct {
	mu      sync.Mutex
	v       *big.Float
	compute func(prec uint) *big.Float
}

func (c *cachedConst) at(prec uint) *big.Float {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.v == nil || c.v.Prec() < prec+32 {
		c.v = c.compute(2*prec + 64)
	}
	return bf(prec).Set(c.v)
}

// arctanRecip returns atan(1/n) (hyperbolic: atanh(1/n)) by its series.
func arctanRecip(n int64, prec uint, hyperbolic bool) *big.Float {
	wp := prec + 32
	sum := bf(wp)
	n2 := bfInt(wp, n*n)
	p := bf(wp).Quo(bfInt(wp, 1), bfInt(wp, n)) // 1/n^(2k+1)
	for k := int64(0); ; k++ {
		term := bf(wp).Quo(p, bfInt(wp, 2*k+1))
		if k%2 == 1 && !hyperbolic {
			sum.Sub(sum, term)
		} else {
			sum.Add(sum, term)
		}
		if term.Sign() == 0 || term.MantExp(nil) < -int(wp) {
			return sum
		}
		p.Quo(p, n2)
	}
}

var (
	// π = 16·atan(1/5) − 4·atan(1/239) (Machin).
	bigPi = &cachedConst{compute: func(prec uint) *big.Float {
		a := arctanRecip(5, prec, false)
		b := arctanRecip(239, prec, false)
		a.Mul(a, bfInt(prec, 16))
		b.Mul(b, bfInt(prec, 4))
		return a.Sub(a, b)
	}}
)

// bigSinCos returns sin(x) (or cos(x)) of a finite double with relative
// error about 2**-prec. The reduction modulo π/2 carries enough bits of π
// for any double: none lies closer than about 2**-62 (relative) to a
// multiple of π/2.
func bigSinCos(x float64, prec uint, wantSin bool) *big.Float {
	_, e := math.Frexp(x)
	wp := prec + 128
	rp := wp + uint(max(e, 0)) + 64
	h := bigPi.at(rp)
	h.SetMantExp(h, -1)
	bx := bf(rp).SetFloat64(x)
	q := bf(rp).Quo(bx, h)
	if q.Sign() >= 0 {
		q.Add(q, big.NewFloat(0.5))
	} else {
		q.Sub(q, big.NewFloat(0.5))
	}
	k, _ := q.Int(nil) // nearest integer (ties away)
	r := bf(rp).Sub(bx, bf(rp).Mul(h, bf(rp).SetInt(k)))
	r = bf(wp).Set(r)
	quad := new(big.Int).And(k, big.NewInt(3)).Int64()
	useSin := wantSin == (quad%2 == 0)
	var negate bool
	if wantSin {
		negate = quad >= 2
	} else {
		negate = quad == 1 || quad == 2
	}
	r2 := bf(wp).Mul(r, r)
	var sum, term *big.Float
	var n int64
	if useSin {
		sum, term, n = bf(wp).Set(r), bf(wp).Set(r), 1
	} else {
		sum, term, n = bfInt(wp, 1), bfInt(wp, 1), 0
	}
	if r.Sign() != 0 {
		for {
			term.Mul(term, r2)
			term.Quo(term, bfInt(wp, (n+1)*(n+2)))
			term.Neg(term)
			n += 2
			sum.Add(sum, term)
			if term.Sign() == 0 || term.MantExp(nil) < sum.MantExp(nil)-int(wp) {
				break
			}
		}
	}
	if negate {
		sum.Neg(sum)
	}
	return sum
}
