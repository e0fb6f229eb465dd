package text

import (
	"encoding/json"
	"testing"
)

// TestNamesMatchCPython compares LookupName with the \N{...} escape and
// Name with unicodedata.name: a sample of every named character, in both
// cases, aliases, derived names and names that do not exist.
func TestNamesMatchCPython(t *testing.T) {
	var cases []struct {
		Name string `json:"n"`
		Char string `json:"c"`
		CP   int    `json:"cp"`
		Own  string `json:"own"`
	}
	out := runPython(t, `
import json, random, sys, unicodedata
random.seed(5)
out = []
for cp in range(sys.maxunicode + 1):
    if 0xD800 <= cp < 0xE000:
        continue
    n = unicodedata.name(chr(cp), None)
    if random.random() < 0.05 or cp < 0x300 or 0xAC00 <= cp < 0xAC40 or 0x4E00 <= cp < 0x4E08:
        out.append({"n": n or "", "c": chr(cp) if n else "", "cp": cp, "own": n or ""})
        if n:
            out.append({"n": n.lower(), "c": chr(cp), "cp": -1, "own": ""})
for n in ["NBSP", "BOM", "vs17", "LATIN CAPITAL LETTER GHA", "CJK UNIFIED IDEOGRAPH-20000", "NO SUCH NAME",
          "CJK UNIFIED IDEOGRAPH-FFFF", "HANGUL SYLLABLE GAX", "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE",
          "TANGUT IDEOGRAPH-17000", "NULL", "LINE FEED", "BEL"]:
    try:
        c = eval('"\\N{%s}"' % n)
    except SyntaxError:
        c = ""
    out.append({"n": n, "c": c, "cp": -1, "own": ""})
print(json.dumps(out))
`, "")
	if err := json.Unmarshal([]byte(out), &cases); err != nil {
		t.Fatal(err)
	}
	bad := 0
	for _, c := range cases {
		if c.Name != "" {
			r, ok := LookupName(c.Name)
			got := ""
			if ok {
				got = string(r)
			}
			if got != c.Char {
				bad++
				t.Errorf("LookupName(%q) = %+q, want %+q", c.Name, got, c.Char)
			}
		}
		if c.CP >= 0 {
			if got, _ := Name(rune(c.CP)); got != c.Own {
				bad++
				t.Errorf("Name(U+%04X) = %q, want %q", c.CP, got, c.Own)
			}
		}
		if bad > 20 {
			t.Fatal("too many differences")
		}
	}
}
