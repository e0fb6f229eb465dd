package text

import "strings"

// fillRune checks a fill character argument: a str of exactly one code
// point, else TypeError "The fill character must be exactly one character
// long" (CPython 3.11 convert_uc).
func fillRune(fill string) (string, error) {
	if fill == "" || Len(fill) != 1 {
		return "", &Error{Type: "TypeError", Msg: "The fill character must be exactly one character long"}
	}
	return fill, nil
}

func pad(s string, left, right int, fill string) string {
	var b strings.Builder
	b.Grow(len(s) + (left+right)*len(fill))
	for ; left > 0; left-- {
		b.WriteString(fill)
	}
	b.WriteString(s)
	for ; right > 0; right-- {
		b.WriteString(fill)
	}
	return b.String()
}

// Center is str.center(width, fill). CPython 3.11 puts the odd pad
// character on the left only when both the pad and width are odd
// (left = pad/2 + (pad & width & 1)), which differs from format()'s '^'
// alignment. s is returned unchanged when it is at least width long. The
// padding functions fail with MemoryError for a result larger than MaxSize.
func Center(s string, width int, fill string) (string, error) {
	fill, err := fillRune(fill)
	if err != nil {
		return "", err
	}
	n := Len(s)
	if n >= width {
		return s, nil
	}
	marg := width - n
	if err := checkStrSize(mulAdd(marg, len(fill), len(s))); err != nil {
		return "", err
	}
	left := marg/2 + (marg & width & 1)
	return pad(s, left, marg-left, fill), nil
}

// LJust is str.ljust(width, fill): s padded on the right.
func LJust(s string, width int, fill string) (string, error) {
	fill, err := fillRune(fill)
	if err != nil {
		return "", err
	}
	if n := Len(s); n < width {
		if err := checkStrSize(mulAdd(width-n, len(fill), len(s))); err != nil {
			return "", err
		}
		return pad(s, 0, width-n, fill), nil
	}
	return s, nil
}

// RJust is str.rjust(width, fill): s padded on the left.
func RJust(s string, width int, fill string) (string, error) {
	fill, err := fillRune(fill)
	if err != nil {
		return "", err
	}
	if n := Len(s); n < width {
		if err := checkStrSize(mulAdd(width-n, len(fill), len(s))); err != nil {
			return "", err
		}
		return pad(s, width-n, 0, fill), nil
	}
	return s, nil
}

// ZFill is str.zfill(width): s padded on the left with '0' to width code
// points, a leading '+' or '-' moved in front of the zeros.
func ZFill(s string, width int) (string, error) {
	n := Len(s)
	if n >= width {
		return s, nil
	}
	if err := checkStrSize(mulAdd(width-n, 1, len(s))); err != nil {
		return "", err
	}
	return zfill(s, width-n), nil
}

func zfill(s string, pad int) string {
	zeros := strings.Repeat("0", pad)
	if s != "" && (s[0] == '+' || s[0] == '-') {
		return s[:1] + zeros + s[1:]
	}
	return zeros + s
}
