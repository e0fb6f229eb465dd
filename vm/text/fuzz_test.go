package text

import (
	"math"
	"testing"
)

// FuzzNoPanic runs every function on arbitrary byte strings, including
// ones that are not this package's well-formed representation: whatever
// the input, nothing may panic.
func FuzzNoPanic(f *testing.F) {
	for _, s := range []string{"", "a", "é\xed\xa0\x80Σ", "\xff\xfe", "\xed\xa0", "a\tb\r\nc", "ǅ😀"} {
		f.Add(s, "a", 1, -1)
	}
	f.Fuzz(func(t *testing.T, s, sub string, i, j int) {
		if n, cps := Len(s), CodePoints(s); n != len(cps) || FromCodePoints(cps) != s && IsWellFormed(s) {
			t.Fatalf("Len %d, CodePoints %d", n, len(cps))
		}
		MaxCodePoint(s)
		SizeOf(s)
		At(s, i)
		Slice(s, i, j, 1)
		Slice(s, i, j, -2)
		Slice(s, math.MaxInt, math.MinInt, -1)
		Find(s, sub, i, j)
		RFind(s, sub, i, j)
		Count(s, sub, i, j)
		StartsWith(s, sub, i, j)
		EndsWith(s, sub, i, j)
		Replace(s, sub, "x", i%5)
		Replace(s, "", sub, j%5)
		Split(s, sub, i%4)
		RSplit(s, sub, j%4)
		SplitWhitespace(s, i%4)
		RSplitWhitespace(s, j%4)
		SplitLines(s, true)
		Partition(s, sub)
		RPartition(s, sub)
		StripWhitespace(s)
		Strip(s, sub)
		LStrip(s, sub)
		RStrip(s, sub)
		Upper(s)
		Lower(s)
		Casefold(s)
		Title(s)
		Capitalize(s)
		SwapCase(s)
		Center(s, i%40, sub)
		LJust(s, i%40, "-")
		RJust(s, j%40, "-")
		ZFill(s, i%40)
		ExpandTabs(s, i%9)
		IsAlpha(s)
		IsAlnum(s)
		IsNumeric(s)
		IsLower(s)
		IsUpper(s)
		IsTitle(s)
		IsIdentifier(s)
		IsPrintable(s)
		IsSpace(s)
		Translate(s, func(r rune) (string, bool, error) { return sub, r%2 == 0, nil })
		Encode(s, sub, "replace")
		Encode(s, "ascii", "surrogateescape")
		Encode(s, "utf-8", "surrogatepass")
		Decode(s, "utf-8", "surrogateescape")
		Decode(s, "utf-8", "replace")
		Decode(s, "latin-1", "strict")
		BytesHex(s, sub, i%5)
		BytesFromHex(s)
		BytesExpandTabs(s, j%9)
		BytesTitle(s)
		BytesSplitWhitespace(s, i%3)
		BytesRSplitWhitespace(s, j%3)
		if err := (&UnicodeError{Type: "UnicodeEncodeError", Object: s, Start: i % 8, End: j % 8}); err.Error() == "" {
			t.Fatal("empty message")
		}
		_ = (&UnicodeError{Type: "UnicodeDecodeError", Object: s, Start: i % 8, End: j % 8}).Error()
	})
}
