package text

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

const end = math.MaxInt

func show(v any, err error) string {
	if err != nil {
		if e, ok := err.(*Error); ok {
			return e.Type + ": " + e.Msg
		}
		if e, ok := err.(*CodecError); ok {
			return e.Err.Type + ": " + e.Error()
		}
		return err.Error()
	}
	if s, ok := v.([]string); ok {
		return fmt.Sprintf("%q", s)
	}
	return fmt.Sprint(v)
}

// TestBehaviourTable pins the examples of the runtime reference (§7) and
// other edge cases, each checked with CPython 3.11.
func TestBehaviourTable(t *testing.T) {
	must := func(v any, err error) string { return show(v, err) }
	tests := []struct{ got, want string }{
		{show(SplitWhitespace("  a  b  ", -1), nil), `["a" "b"]`},
		{must(Split("  a  b  ", " ", -1)), `["" "" "a" "" "b" "" ""]`},
		{must(Split("a,b,,c,", ",", -1)), `["a" "b" "" "c" ""]`},
		{show(SplitWhitespace("", -1), nil), `[]`},
		{must(Split("", ",", -1)), `[""]`},
		{show(SplitWhitespace("   ", -1), nil), `[]`},
		{show(SplitWhitespace("a b c", 1), nil), `["a" "b c"]`},
		{show(RSplitWhitespace("a b c", 1), nil), `["a b" "c"]`},
		{show(SplitWhitespace("  a b  ", 0), nil), `["a b  "]`},
		{must(Split("abc", "b", 0)), `["abc"]`},
		{must(Split("abc", "", -1)), `ValueError: empty separator`},
		{Strip("xxaxx", "x"), "a"},
		{Strip("abcba", "ab"), "c"},
		{show(SplitLines("a\nb\r\nc\rd\n", false), nil), `["a" "b" "c" "d"]`},
		{show(SplitLines("a\nb\r\nc\rd\n", true), nil), `["a\n" "b\r\n" "c\r" "d\n"]`},
		{show(SplitLines("", false), nil), `[]`},
		{show(SplitLines("a\x1fb\x1cc", false), nil), `["a\x1fb" "c"]`},
		{Title("they're bill's friends from the UK"), "They'Re Bill'S Friends From The Uk"},
		{Title("hello2world 3rd"), "Hello2World 3Rd"},
		{Capitalize("hELLO wORLD"), "Hello world"},
		{Upper("ßx"), "SSX"},
		{Capitalize("ß"), "Ss"},
		{Title("ǆ"), "ǅ"},
		{Upper("ﬁ"), "FI"},
		{Lower("ΣΑΣ"), "σας"},
		{Lower("Σ"), "σ"},
		{Lower("aΣ.b"), "aσ.b"},
		{Lower("aΣ."), "aς."},
		{Lower("İ"), "i̇"},
		{Casefold("ß"), "ss"},
		{SwapCase("ßΣa"), "SSσA"},
		{must(Center("hello", 10, " ")), "  hello   "},
		{must(Center("ab", 5, " ")), "  ab "},
		{must(Center("abc", 6, " ")), " abc  "},
		{must(Center("abc", 8, "-")), "--abc---"},
		{must(Center("hello", 4, " ")), "hello"},
		{must(LJust("ab", 5, "-")), "ab---"},
		{must(RJust("ab", 5, "-")), "---ab"},
		{must(LJust("ab", 5, "--")), "TypeError: The fill character must be exactly one character long"},
		{must(Center("x", 4, "")), "TypeError: The fill character must be exactly one character long"},
		{must(ZFill("42", 5)), "00042"},
		{must(ZFill("-42", 5)), "-0042"},
		{must(ZFill("+42", 2)), "+42"},
		{must(ZFill("abc", 6)), "000abc"},
		{show(Find("abcabc", "c", 3, 5), nil), "-1"},
		{show(Find("abc", "", 0, end), nil), "0"},
		{show(Find("abc", "", 3, end), nil), "3"},
		{show(Find("abc", "", 5, end), nil), "-1"},
		{show(RFind("abc", "", 1, 2), nil), "2"},
		{show(Find("日本語日本", "本", 2, end), nil), "4"},
		{must(Index("abc", "d", 0, end)), "ValueError: substring not found"},
		{show(Count("abc", "", 0, end), nil), "4"},
		{show(Count("aaaa", "aa", 0, end), nil), "2"},
		{show(Count("abc", "", 4, end), nil), "0"},
		{show(StartsWith("abc", "", 3, end), nil), "true"},
		{show(StartsWith("abc", "", 4, end), nil), "false"},
		{must(Replace("aaaa", "a", "b", 2)), "bbaa"},
		{must(Replace("abc", "", "-", -1)), "-a-b-c-"},
		{must(Replace("abc", "", "-", 2)), "-a-bc"},
		{must(Replace("", "", "x", -1)), "x"},
		{Join("a", []string{"x", "y", "z"}), "xayaz"},
		{must(Partition("a-b-c", "-")), "[a - b-c]"},
		{must(RPartition("a-b-c", "-")), "[a-b - c]"},
		{must(Partition("abc", "-")), "[abc  ]"},
		{must(RPartition("abc", "-")), "[  abc]"},
		{must(ExpandTabs("a\tb", 4)), "a   b"},
		{must(ExpandTabs("abcd\te", 4)), "abcd    e"},
		{must(ExpandTabs("ab\n\tc", 8)), "ab\n        c"},
		{show(IsDigit("²"), nil), "true"},
		{show(IsDecimal("²"), nil), "false"},
		{show(IsNumeric("½"), nil), "true"},
		{show(IsDigit("½"), nil), "false"},
		{show(IsDecimal("١"), nil), "true"},
		{show(IsDigit(""), nil), "false"},
		{show(IsDigit("-1"), nil), "false"},
		{show(IsSpace(""), nil), "false"},
		{show(IsPrintable("\t"), nil), "false"},
		{show(IsPrintable(""), nil), "true"},
		{show(IsSpace("\u200b"), nil), "false"},
		{show(IsSpace("\x1f\u3000"), nil), "true"},
		{show(IsIdentifier("_a1"), nil), "true"},
		{show(IsIdentifier("1a"), nil), "false"},
		{show(IsTitle("Hello World"), nil), "true"},
		{show(IsTitle("ǅungla"), nil), "true"},
		{show(DecimalValue('٣'), nil), "3"},
		{show(DecimalValue('²'), nil), "-1"},
		{show(Len("a😀"+Chr(0xD800)), nil), "3"},
		{show(SizeOf(""), nil), "49"},
		{show(SizeOf("a"), nil), "50"},
		{show(SizeOf("é"), nil), "74"},
		{show(SizeOf("€"), nil), "76"},
		{show(SizeOf("😀"), nil), "80"},
		{show(SizeOf(Chr(0xDC80)), nil), "76"},
		{must(At("a😀b", -2)), "😀"},
		{must(At("abc", 3)), "IndexError: string index out of range"},
		{must(Slice("a😀bc", math.MaxInt, math.MinInt, -1)), "cb😀a"},
		{must(Slice("abc", 0, 3, 0)), "ValueError: slice step cannot be zero"},
		{must(BytesFromHex("abc")), "ValueError: non-hexadecimal number found in fromhex() arg at position 3"},
		{must(BytesFromHex(" ab cd ")), "\xab\xcd"},
		{must(BytesHex("\x01\x02\x03", ":", 2)), "01:0203"},
		{must(BytesHex("\x01\x02\x03", ":", -2)), "0102:03"},
		{must(BytesHex("\x01", "::", 1)), "ValueError: sep must be length 1."},
		{must(BytesIndex("abc", "d", 0, end)), "ValueError: subsection not found"},
		{show(BytesSplitWhitespace("a\x1cb c", -1), nil), `["a\x1cb" "c"]`},
		{BytesTitle("they're bill's"), "They'Re Bill'S"},
		{must(Encode("é", "ascii", "bogus")), "LookupError: unknown error handler name 'bogus'"},
		{must(Encode("e", "ascii", "bogus")), "e"},
		{must(Encode("e", "bogus", "strict")), "LookupError: unknown encoding: bogus"},
		{must(Encode("e", "rot13", "strict")), "LookupError: 'rot13' is not a text encoding; use codecs.encode() to handle arbitrary codecs"},
		{must(Encode("é", "l1", "strict")), "\xe9"},
		{must(Encode("é€", "646", "replace")), "??"},
		{must(Encode("é😀", "ascii", "backslashreplace")), `\xe9\U0001f600`},
		{must(Encode("é", "ascii", "xmlcharrefreplace")), "&#233;"},
		{must(Encode(Chr(0xDC80)+Chr(0xDCFF), "ascii", "surrogateescape")), "\x80\xff"},
		{must(Encode(Chr(0xD800), "utf-8", "surrogatepass")), "\xed\xa0\x80"},
		{must(Encode("é", "U8", "Strict")), "\xc3\xa9"},
		{must(Encode("é", "646", "Strict")), "LookupError: encoding with '646' codec failed (LookupError: unknown error handler name 'Strict')"},
		{must(Decode("\xff", "utf-8", "strict")), "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"},
		{must(Decode("a\xe2\x82", "utf-8", "strict")), "'utf-8' codec can't decode bytes in position 1-2: unexpected end of data"},
		{must(Decode("a\xe2\x82b", "utf-8", "strict")), "'utf-8' codec can't decode bytes in position 1-2: invalid continuation byte"},
		{must(Decode("\xed\xa0\x80", "utf-8", "strict")), "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"},
		{must(Decode("\xe9", "ascii", "strict")), "'ascii' codec can't decode byte 0xe9 in position 0: ordinal not in range(128)"},
		{must(Decode("\xe2\x82", "utf-8", "replace")), "\ufffd"},
		{must(Decode("\xed\xa0\x80", "utf-8", "surrogateescape")), Chr(0xDCED) + Chr(0xDCA0) + Chr(0xDC80)},
		{must(Decode("\xed\xa0\x80", "utf-8", "surrogatepass")), Chr(0xD800)},
		{must(Decode("\xff", "latin", "strict")), "ÿ"},
		{must(Decode("", "bogus", "strict")), ""},
		{must(Decode("\xe9", "utf-8", "xmlcharrefreplace")), "TypeError: don't know how to handle UnicodeDecodeError in error callback"},
		{must(Encode("x€", "cp1252", "strict")), "x\x80"},
		{must(Encode("x", "big5", "strict")), "NotImplementedError: quicken does not implement the 'big5' codec"},
		{must(Encode("x", "ascii\x00", "strict")), "ValueError: embedded null character"},
		{must(Center("a", math.MaxInt, " ")), "MemoryError: "},
		{must(ZFill("a", 1<<40)), "MemoryError: "},
		{must(BytesCenter("a", math.MaxInt, ' ')), "OverflowError: byte string is too large"},
		{must(BytesLJust("a", 1<<40, ' ')), "MemoryError: "},
		{must(ExpandTabs("\t\t\t", 1<<31-1)), "MemoryError: "},
	}
	for i, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("case %d: got %q, want %q", i, tc.got, tc.want)
		}
	}
}

// TestSurrogatesStaySeparate checks that a surrogate pair is two code
// points, as in CPython, and that searching never splits one.
func TestSurrogatesStaySeparate(t *testing.T) {
	pair := Chr(0xD83D) + Chr(0xDE00)
	if Len(pair) != 2 || pair == "😀" {
		t.Fatalf("pair %x: len %d", pair, Len(pair))
	}
	if got := Find("a"+pair, Chr(0xDE00), 0, end); got != 2 {
		t.Errorf("find low surrogate: %d", got)
	}
	if got := Upper(pair); got != pair {
		t.Errorf("upper: %x", got)
	}
	if got, _ := Slice(pair, math.MaxInt, math.MinInt, -1); got != Chr(0xDE00)+Chr(0xD83D) {
		t.Errorf("reverse: %x", got)
	}
	if !strings.HasPrefix(Chr(0xD7FF), "\xed\x9f") || !(Chr(0xD7FF) < Chr(0xD800) && Chr(0xDFFF) < Chr(0xE000)) {
		t.Errorf("byte order is not code point order around the surrogates")
	}
}

// TestMaxSize checks that results past MaxSize fail with MemoryError
// rather than being allocated.
func TestMaxSize(t *testing.T) {
	defer func(old int) { MaxSize = old }(MaxSize)
	MaxSize = 100
	for i, err := range []error{
		second(Replace("ab", "", strings.Repeat("x", 50), -1)),
		second(Replace("aaa", "a", strings.Repeat("x", 50), -1)),
		second(BytesReplace("aaa", "a", strings.Repeat("x", 50), 2)),
		second(Translate("aaa", func(rune) (string, bool, error) { return strings.Repeat("x", 50), true, nil })),
		second(RJust("a", 101, "-")),
		second(ExpandTabs("a\t", 100)),
	} {
		if e, ok := err.(*Error); !ok || e.Type != "MemoryError" {
			t.Errorf("case %d: %v, want MemoryError", i, err)
		}
	}
	if _, err := Replace("aaa", "a", strings.Repeat("x", 50), 1); err != nil {
		t.Errorf("one replacement fits: %v", err)
	}
}

func second(_ string, err error) error { return err }
