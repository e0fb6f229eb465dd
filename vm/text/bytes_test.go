package text

import (
	"math"
	"testing"
)

func (g *gen) byteSub(b string) string {
	switch k := g.r.IntN(10); {
	case k < 5 && len(b) > 0:
		i := g.r.IntN(len(b))
		return b[i : i+g.r.IntN(min(3, len(b)-i)+1)]
	case k < 9:
		return g.bytes(2)
	}
	return ""
}

func TestBytesMethodsDifferential(t *testing.T) {
	g := newGen(2)
	d := &diff{t: t}
	for iter := 0; iter < 2000; iter++ {
		b := g.bytes(12)
		B0 := B(b)
		n := len(b)
		d.add(B0, "sizeof", nil, BytesSizeOf(b))
		for k := 0; k < 3; k++ {
			sub := g.byteSub(b)
			a, start := g.opt(n, 0)
			e, end := g.opt(n, math.MaxInt)
			args := []any{B(sub), a, e}
			d.add(B0, "find", args, BytesFind(b, sub, start, end))
			d.add(B0, "rfind", args, BytesRFind(b, sub, start, end))
			i, err := BytesIndex(b, sub, start, end)
			d.add(B0, "index", args, orErr(i, err))
			i, err = BytesRIndex(b, sub, start, end)
			d.add(B0, "rindex", args, orErr(i, err))
			d.add(B0, "count", args, BytesCount(b, sub, start, end))
			d.add(B0, "startswith", args, BytesStartsWith(b, sub, start, end))
			d.add(B0, "endswith", args, BytesEndsWith(b, sub, start, end))
			d.add(B0, "removeprefix", []any{B(sub)}, B(BytesRemovePrefix(b, sub)))
			d.add(B0, "removesuffix", []any{B(sub)}, B(BytesRemoveSuffix(b, sub)))
			p, err := BytesPartition(b, sub)
			d.add(B0, "partition", []any{B(sub)}, orErr(T{B(p[0]), B(p[1]), B(p[2])}, err))
			p, err = BytesRPartition(b, sub)
			d.add(B0, "rpartition", []any{B(sub)}, orErr(T{B(p[0]), B(p[1]), B(p[2])}, err))
			maxsplit := []int{-1, -1, 0, 1, 2, 5}[g.r.IntN(6)]
			parts, err := BytesSplit(b, sub, maxsplit)
			d.add(B0, "split", []any{B(sub), maxsplit}, orErr(byteStrs(parts), err))
			parts, err = BytesRSplit(b, sub, maxsplit)
			d.add(B0, "rsplit", []any{B(sub), maxsplit}, orErr(byteStrs(parts), err))
			d.add(B0, "split", []any{N{}, maxsplit}, byteStrs(BytesSplitWhitespace(b, maxsplit)))
			d.add(B0, "rsplit", []any{N{}, maxsplit}, byteStrs(BytesRSplitWhitespace(b, maxsplit)))
			count := []int{-1, 0, 1, 2, 100}[g.r.IntN(5)]
			repl := g.bytes(2)
			br, err := BytesReplace(b, sub, repl, count)
			d.add(B0, "replace", []any{B(sub), B(repl), count}, orErr(B(br), err))
			d.add(B0, "strip", []any{B(sub)}, B(BytesStrip(b, sub)))
			d.add(B0, "lstrip", []any{B(sub)}, B(BytesLStrip(b, sub)))
			d.add(B0, "rstrip", []any{B(sub)}, B(BytesRStrip(b, sub)))
			d.add(B0, "translate", []any{N{}, B(sub)}, B(BytesTranslate(b, "", sub)))
		}
		d.add(B0, "strip", nil, B(BytesStripWhitespace(b)))
		d.add(B0, "lstrip", nil, B(BytesLStripWhitespace(b)))
		d.add(B0, "rstrip", nil, B(BytesRStripWhitespace(b)))
		d.add(B0, "splitlines", []any{false}, byteStrs(BytesSplitLines(b, false)))
		d.add(B0, "splitlines", []any{true}, byteStrs(BytesSplitLines(b, true)))
		for _, m := range []struct {
			name string
			f    func(string) string
		}{{"upper", BytesUpper}, {"lower", BytesLower}, {"swapcase", BytesSwapCase},
			{"capitalize", BytesCapitalize}, {"title", BytesTitle}} {
			d.add(B0, m.name, nil, B(m.f(b)))
		}
		for _, p := range []struct {
			name string
			f    func(string) bool
		}{{"isalpha", BytesIsAlpha}, {"isdigit", BytesIsDigit}, {"isalnum", BytesIsAlnum},
			{"isspace", BytesIsSpace}, {"islower", BytesIsLower}, {"isupper", BytesIsUpper},
			{"istitle", BytesIsTitle}, {"isascii", IsASCII}} {
			d.add(B0, p.name, nil, p.f(b))
		}
		width := n - 2 + g.r.IntN(8)
		fill := "- \xe9"[g.r.IntN(3)]
		r, err := BytesCenter(b, width, fill)
		d.add(B0, "center", []any{width, B([]byte{fill})}, orErr(B(r), err))
		r, err = BytesLJust(b, width, fill)
		d.add(B0, "ljust", []any{width, B([]byte{fill})}, orErr(B(r), err))
		r, err = BytesRJust(b, width, fill)
		d.add(B0, "rjust", []any{width, B([]byte{fill})}, orErr(B(r), err))
		r, err = BytesZFill(b, width)
		d.add(B0, "zfill", []any{width}, orErr(B(r), err))
		tb := b[:n/2] + "\t" + b[n/2:]
		tab := []int{8, 4, 1, 0, -1}[g.r.IntN(5)]
		r, err = BytesExpandTabs(tb, tab)
		d.add(B(tb), "expandtabs", []any{tab}, orErr(B(r), err))

		sep := []string{"", ":", "-", "::", "é"}[g.r.IntN(5)]
		per := []int{1, 2, 3, -1, -2, 0, 100}[g.r.IntN(7)]
		h, err := BytesHex(b, sep, per)
		if sep == "" {
			d.add(B0, "hex", nil, orErr(S(h), err))
		} else {
			d.add(B0, "hex", []any{S(sep), per}, orErr(S(h), err))
		}
		hexIn := h
		if err != nil || g.r.IntN(3) == 0 {
			hexIn = g.str(8)
		}
		if g.r.IntN(3) == 0 {
			hexIn = " " + hexIn + "\x0b"
		}
		fh, err := BytesFromHex(hexIn)
		d.add(S(hexIn), "fromhex", nil, orErr(B(fh), err))
	}
	d.run()
}

var encodings = []string{"utf-8", "utf8", "UTF-8", "U8", "ascii", "us-ascii", "646", "latin-1", "latin1",
	"ISO-8859-1", "iso8859_1", "l1", "cp819", " UTF--8 ", "utf.8", "bogus", "rot13", "hex", "utf-16", "cp1252", ""}

var handlers = []string{"strict", "strict", "ignore", "replace", "surrogateescape", "surrogatepass",
	"backslashreplace", "xmlcharrefreplace", "bogus", "Strict"}

func TestCodecsDifferential(t *testing.T) {
	g := newGen(3)
	d := &diff{t: t}
	for iter := 0; iter < 4000; iter++ {
		enc := encodings[g.r.IntN(len(encodings))]
		errs := handlers[g.r.IntN(len(handlers))]
		s := g.str(8)
		r, err := Encode(s, enc, errs)
		if _, ok := err.(*Error); ok && err.(*Error).Type == "NotImplementedError" {
			continue
		}
		d.add(S(s), "encode", []any{S(enc), S(errs)}, orErr(B(r), err))
		b := g.bytes(8)
		if g.r.IntN(4) == 0 {
			// Surrogates as UTF-8 bytes, for surrogatepass.
			b += string([]byte{0xED, byte(0xA0 + g.r.IntN(32)), byte(0x80 + g.r.IntN(64))})[:1+g.r.IntN(3)]
		}
		dec, err := Decode(b, enc, errs)
		d.add(B(b), "decode", []any{S(enc), S(errs)}, orErr(S(dec), err))
	}
	d.run()
}
