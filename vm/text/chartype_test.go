package text

import (
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
	"testing"
)

// TestEveryCodePoint compares the one-character predicates and case
// conversions with CPython 3.11 over all 0x110000 code points. Python
// prints only the code points with some property or mapping; the rest must
// have none.
func TestEveryCodePoint(t *testing.T) {
	if testing.Short() {
		t.Skip("every-code-point comparison skipped in -short mode")
	}
	const script = `
import sys, unicodedata
h = lambda s: s.encode('utf-8', 'surrogatepass').hex()
out = []
printable = bytearray((sys.maxunicode + 1) // 8)
for c in range(sys.maxunicode + 1):
    ch = chr(c)
    flags = 0
    for bit, f in enumerate((str.isalpha, str.isdecimal, str.isdigit, str.isnumeric, str.isspace,
                             str.islower, str.isupper, str.istitle, str.isprintable, str.isidentifier,
                             lambda x: ('a' + x).isidentifier(), str.isalnum,
                             lambda x: len(('a' + x + 'b').splitlines()) > 1)):
        if f(ch):
            flags |= 1 << bit
    maps = [ch.upper(), ch.lower(), ch.title(), ch.casefold(), ch.swapcase(), ch.capitalize()]
    dec = unicodedata.decimal(ch, -1)
    if flags & 0x100:
        printable[c >> 3] |= 1 << (c & 7)
    if flags & ~0x100 or dec != -1 or any(m != ch for m in maps):
        out.append('%x %x %d %s' % (c, flags, dec, ' '.join(h(m) for m in maps)))
print(printable.hex())
print('\n'.join(out))
`
	out := runPython(t, script, "")
	want := map[rune]string{}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	printable, err := hex.DecodeString(lines[0])
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range lines[1:] {
		cp, rest, _ := strings.Cut(line, " ")
		r, err := strconv.ParseInt(cp, 16, 32)
		if err != nil {
			t.Fatal(err)
		}
		want[rune(r)] = rest
	}
	h := func(s string) string { return hex.EncodeToString([]byte(s)) }
	preds := []func(string) bool{IsAlpha, IsDecimal, IsDigit, IsNumeric, IsSpace, IsLower, IsUpper,
		IsTitle, IsPrintable, IsIdentifier, func(s string) bool { return IsIdentifier("a" + s) }, IsAlnum,
		func(s string) bool { return len(SplitLines("a"+s+"b", false)) > 1 }}
	bad := 0
	for r := rune(0); r <= 0x10FFFF; r++ {
		s := Chr(r)
		flags := 0
		for bit, f := range preds {
			if f(s) {
				flags |= 1 << bit
			}
		}
		got := fmt.Sprintf("%x %d %s %s %s %s %s %s", flags, DecimalValue(r), h(Upper(s)), h(Lower(s)),
			h(Title(s)), h(Casefold(s)), h(SwapCase(s)), h(Capitalize(s)))
		w, ok := want[r]
		if !ok {
			flags := 0
			if printable[r>>3]&(1<<(r&7)) != 0 {
				flags = 0x100
			}
			w = fmt.Sprintf("%x -1 %s %s %s %s %s %s", flags, h(s), h(s), h(s), h(s), h(s), h(s))
		}
		if got != w {
			if bad++; bad <= 20 {
				t.Errorf("U+%04X: python %s, go %s", r, w, got)
			}
		}
	}
	t.Logf("%d code points compared with CPython (%d with properties), %d mismatches", 0x110000, len(want), bad)
}

// TestRuneClassesAgree checks that the Latin-1 fast table and the range
// tables give the same answers.
func TestRuneClassesAgree(t *testing.T) {
	tables := []struct {
		bit uint16
		t   rangeTable
	}{{clsAlpha, alphaTable}, {clsDecimal, decimalTable}, {clsDigit, digitTable}, {clsNumeric, numericTable},
		{clsLower, lowerTable}, {clsUpper, upperTable}, {clsTitle, titleTable}, {clsCased, casedTable},
		{clsCaseIgnorable, caseIgnorableTable}, {clsPrintable, printableTable}, {clsXIDStart, xidStartTable},
		{clsXIDContinue, xidContinueTable}}
	for r := rune(0); r < 256; r++ {
		for _, tb := range tables {
			if class(r, tb.bit, tb.t) != tb.t.contains(r) {
				t.Errorf("U+%04X class bit %#x disagrees with its table", r, tb.bit)
			}
		}
		if IsSpaceRune(r) != isSpaceSlow(r) {
			t.Errorf("U+%04X: space", r)
		}
	}
}
