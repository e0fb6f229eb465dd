package text

import (
	"encoding/hex"
	"sort"
	"strings"
	"testing"
)

var allHandlers = []string{"strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
	"surrogateescape", "surrogatepass", "namereplace", "bogus"}

// TestCharmapDifferential runs every charmap codec over all 256 bytes and
// over the characters its table decodes to, mixed with runs it cannot
// encode, under every error handler, against CPython.
func TestCharmapDifferential(t *testing.T) {
	d := &diff{t: t}
	names := make([]string, 0, len(charmapTables))
	for name := range charmapTables {
		names = append(names, name)
	}
	sort.Strings(names)
	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	bad := "€" + Chr(0x100) + Chr(0xDC80) + Chr(0xDCFF) + "😀"
	for _, name := range names {
		var chars []byte
		for _, r := range charmapTables[name] {
			if r != 0xFFFE {
				chars = appendRune(chars, rune(r))
			}
		}
		for _, h := range allHandlers {
			s, err := Decode(string(all), name, h)
			d.add(B(all), "decode", []any{S(name), S(h)}, orErr(S(s), err))
			for _, in := range []string{string(chars), "a" + bad + "b" + Chr(0xDC80) + "c", Chr(0xDCFF) + Chr(0xDC80)} {
				b, err := Encode(in, name, h)
				d.add(S(in), "encode", []any{S(name), S(h)}, orErr(B(b), err))
			}
		}
	}
	// Aliases, and the charmap codec without a mapping (latin-1 with
	// the registry's wrapping).
	for _, name := range []string{"windows-1252", "latin9", "L9", "ISO_8859-15", "iso.8859.15", "macintosh", "ibm437", "cskoi8r", "charmap", "CP1252 "} {
		for _, h := range allHandlers {
			b, err := Encode("a€"+Chr(0xDC80)+"ÿ"+Chr(0x100), name, h)
			d.add(S("a€"+Chr(0xDC80)+"ÿ"+Chr(0x100)), "encode", []any{S(name), S(h)}, orErr(B(b), err))
			s, err := Decode("a\x80\x81\xa4\xff", name, h)
			d.add(B("a\x80\x81\xa4\xff"), "decode", []any{S(name), S(h)}, orErr(S(s), err))
		}
	}
	d.run()
}

// TestCodecNames checks that each charmap codec's own name finds it again.
func TestCodecNames(t *testing.T) {
	for module := range charmapTables {
		c, err := Lookup(codecNames[module], false)
		if err != nil || c.Module != module {
			t.Errorf("Lookup(%q) = %+v, %v; want module %s", codecNames[module], c, err, module)
		}
		if name, err := LookupCodec(module, true); err != nil || name != codecNames[module] {
			t.Errorf("LookupCodec(%q) = %q, %v", module, name, err)
		}
	}
}

// TestLookupModuleNames looks every alias and module up, spelled as
// given and with capitals, hyphens, spaces and dots, and compares the
// codec's name with codecs.lookup(name).name.
func TestLookupModuleNames(t *testing.T) {
	var names []string
	for alias := range codecAliases {
		names = append(names, alias)
	}
	for module := range codecModules {
		names = append(names, module)
	}
	sort.Strings(names)
	var variants []string
	for _, n := range names {
		variants = append(variants, n, strings.ToUpper(n), strings.ReplaceAll(n, "_", "-"), " "+strings.ReplaceAll(n, "_", " ")+" ",
			strings.ReplaceAll(n, "_", "."))
	}
	variants = append(variants, "cp-1252", "u8-sig", "utf8-sig", "latin-9", "x-mac-roman", "koi8r", "", "-", "utf_8é")
	out := runPython(t, `
import codecs, sys
for line in sys.stdin:
    name = bytes.fromhex(line.strip()).decode("utf-8")
    try:
        print(codecs.lookup(name).name)
    except LookupError as e:
        print("LookupError:", e)
`, hexLines(variants))
	got := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(got) != len(variants) {
		t.Fatalf("python3 answered %d of %d", len(got), len(variants))
	}
	bad := 0
	for i, v := range variants {
		want := got[i]
		c, err := LookupModule(v)
		have := c.Name
		if err != nil {
			have = "LookupError: " + err.Error()
		}
		if have != want && bad < 20 {
			bad++
			t.Errorf("LookupModule(%q) = %q, want %q", v, have, want)
		}
	}
}

func hexLines(items []string) string {
	var b strings.Builder
	for _, s := range items {
		b.WriteString(hex.EncodeToString([]byte(s)) + "\n")
	}
	return b.String()
}
