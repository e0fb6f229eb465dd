package text

// The str predicates, as CPython 3.11 defines them. All but IsPrintable
// and IsASCII are false for "".

func all(s string, pred func(rune) bool) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); {
		r, n := decode(s, i)
		if !pred(r) {
			return false
		}
		i += n
	}
	return true
}

// IsAlpha is str.isalpha().
func IsAlpha(s string) bool { return all(s, IsAlphaRune) }

// IsAlnum is str.isalnum().
func IsAlnum(s string) bool { return all(s, IsAlnumRune) }

// IsDecimal is str.isdecimal().
func IsDecimal(s string) bool { return all(s, IsDecimalRune) }

// IsDigit is str.isdigit() ('²' is a digit but not decimal).
func IsDigit(s string) bool { return all(s, IsDigitRune) }

// IsNumeric is str.isnumeric() ('½' and '一' are numeric).
func IsNumeric(s string) bool { return all(s, IsNumericRune) }

// IsSpace is str.isspace().
func IsSpace(s string) bool { return all(s, IsSpaceRune) }

// IsPrintable is str.isprintable(); true for "".
func IsPrintable(s string) bool {
	for i := 0; i < len(s); {
		r, n := decode(s, i)
		if !IsPrintableRune(r) {
			return false
		}
		i += n
	}
	return true
}

// IsLower is str.islower(): no Uppercase or titlecase code point, and at
// least one Lowercase one.
func IsLower(s string) bool {
	cased := false
	for i := 0; i < len(s); {
		r, n := decode(s, i)
		if IsUpperRune(r) || IsTitleRune(r) {
			return false
		}
		if IsLowerRune(r) {
			cased = true
		}
		i += n
	}
	return cased
}

// IsUpper is str.isupper(): no Lowercase or titlecase code point, and at
// least one Uppercase one.
func IsUpper(s string) bool {
	cased := false
	for i := 0; i < len(s); {
		r, n := decode(s, i)
		if IsLowerRune(r) || IsTitleRune(r) {
			return false
		}
		if IsUpperRune(r) {
			cased = true
		}
		i += n
	}
	return cased
}

// IsTitle is str.istitle(): uppercase and titlecase code points only
// after uncased ones, lowercase ones only after cased ones, and at least
// one cased code point.
func IsTitle(s string) bool {
	cased, prevCased := false, false
	for i := 0; i < len(s); {
		r, n := decode(s, i)
		switch {
		case IsUpperRune(r) || IsTitleRune(r):
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case IsLowerRune(r):
			if !prevCased {
				return false
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
		i += n
	}
	return cased
}

// IsIdentifier is str.isidentifier(): an XID_Start code point or '_'
// followed by XID_Continue code points. Keywords count as identifiers.
func IsIdentifier(s string) bool {
	if s == "" {
		return false
	}
	r, n := decode(s, 0)
	if !IsXIDStartRune(r) {
		return false
	}
	for i := n; i < len(s); {
		r, n := decode(s, i)
		if !IsXIDContinueRune(r) {
			return false
		}
		i += n
	}
	return true
}
