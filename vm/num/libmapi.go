package num

// The C library functions CPython 3.11 calls, as glibc 2.36 (x86-64)
// computes them, with C99 special values and no Python errors: what the
// math module's wrappers and CPython's own algorithms (gamma, lgamma,
// complex functions) call where CPython calls libm. See libm.go for how
// closely each follows glibc.

// LibmExp is exp(x).
func LibmExp(x float64) float64 { return glibcExp(x) }

// LibmExp2 is exp2(x).
func LibmExp2(x float64) float64 { return glibcExp2(x) }

// LibmExpm1 is expm1(x) (glibc's FMA copy of fdlibm's algorithm).
func LibmExpm1(x float64) float64 { return glibcExpm1(x) }

// LibmLog is log(x).
func LibmLog(x float64) float64 { return glibcLog(x) }

// LibmLog2 is log2(x).
func LibmLog2(x float64) float64 { return glibcLog2(x) }

// LibmLog10 is log10(x) (fdlibm's algorithm, as glibc's).
func LibmLog10(x float64) float64 { return fdLog10(x) }

// LibmLog1p is log1p(x) (glibc's FMA copy of fdlibm's algorithm).
func LibmLog1p(x float64) float64 { return glibcLog1p(x) }

// LibmPow is pow(x, y) with C99's special cases (pow(-8, 1/3) is NaN; Python's
// float ** is FloatPow, math.pow is MathPow).
func LibmPow(x, y float64) float64 { return crPow(x, y) }

// LibmSin is sin(x).
func LibmSin(x float64) float64 { return glibcSin(x) }

// LibmCos is cos(x).
func LibmCos(x float64) float64 { return glibcCos(x) }

// LibmTan is tan(x).
func LibmTan(x float64) float64 { return glibcTan(x) }

// LibmAsin is asin(x).
func LibmAsin(x float64) float64 { return glibcAsin(x) }

// LibmAcos is acos(x).
func LibmAcos(x float64) float64 { return glibcAcos(x) }

// LibmAtan is atan(x).
func LibmAtan(x float64) float64 { return glibcAtan(x) }

// LibmAtan2 is atan2(y, x).
func LibmAtan2(y, x float64) float64 { return glibcAtan2(y, x) }

// LibmSinh is sinh(x) (fdlibm's algorithm, as glibc's).
func LibmSinh(x float64) float64 { return fdSinh(x) }

// LibmCosh is cosh(x) (fdlibm's algorithm, as glibc's).
func LibmCosh(x float64) float64 { return fdCosh(x) }

// LibmTanh is tanh(x) (fdlibm's algorithm, as glibc's).
func LibmTanh(x float64) float64 { return fdTanh(x) }

// LibmAsinh is asinh(x) (fdlibm's algorithm, as glibc's).
func LibmAsinh(x float64) float64 { return fdAsinh(x) }

// LibmAcosh is acosh(x) (fdlibm's algorithm, as glibc's).
func LibmAcosh(x float64) float64 { return fdAcosh(x) }

// LibmAtanh is atanh(x) (fdlibm's algorithm, as glibc's).
func LibmAtanh(x float64) float64 { return fdAtanh(x) }

// LibmErf is erf(x) (fdlibm's algorithm, as glibc's).
func LibmErf(x float64) float64 { return fdErf(x) }

// LibmErfc is erfc(x) (fdlibm's algorithm, as glibc's).
func LibmErfc(x float64) float64 { return fdErfc(x) }

// LibmCbrt is cbrt(x) (glibc's own algorithm).
func LibmCbrt(x float64) float64 { return glibcCbrt(x) }

// LibmFmod is fmod(x, y): exact, with glibc's NaNs.
func LibmFmod(x, y float64) float64 { return cFmod(x, y) }
