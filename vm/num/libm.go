package num

import "math"

// Placeholders, replaced by correctly rounded versions.
func libmPow(x, y float64) float64 { return math.Pow(x, y) }
func libmCos(x float64) float64    { return math.Cos(x) }
func libmSin(x float64) float64    { return math.Sin(x) }
