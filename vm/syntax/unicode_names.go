package syntax

import (
	"bytes"
	"compress/flate"
	_ "embed"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
)

//go:generate python3 _gen/unicode_names.py
//go:generate gofmt -w unicode_names_gen.go

// unicodeNamesData holds, DEFLATE-compressed, one "HEX;NAME" line for
// every character name and name alias that CPython 3.11's \N{...} escape
// accepts, except the names derived from the code point (Hangul syllables
// and the ranges in derivedNameRanges).
//
//go:embed unicode_names.bin
var unicodeNamesData []byte

var unicodeNames struct {
	once sync.Once
	m    map[string]rune
}

// Hangul syllable names are composed from the short names of their jamo
// (Unicode's algorithm, which unicodedata implements).
var (
	hangulL = []string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	hangulV = []string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
	hangulT = []string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
)

func loadUnicodeNames() {
	m := make(map[string]rune, 40000)
	r := flate.NewReader(bytes.NewReader(unicodeNamesData))
	data, err := io.ReadAll(r)
	if err != nil {
		panic(fmt.Sprintf("unicode names table: %v", err))
	}
	for _, line := range strings.Split(string(data), "\n") {
		hex, name, ok := strings.Cut(line, ";")
		if !ok {
			continue
		}
		cp, err := strconv.ParseUint(hex, 16, 32)
		if err != nil {
			continue
		}
		m[name] = rune(cp)
	}
	for l := range hangulL {
		for v := range hangulV {
			for t := range hangulT {
				cp := 0xAC00 + rune((l*len(hangulV)+v)*len(hangulT)+t)
				m["HANGUL SYLLABLE "+hangulL[l]+hangulV[v]+hangulT[t]] = cp
			}
		}
	}
	unicodeNames.m = m
}

// lookupUnicodeName resolves the name in a \N{...} escape as unicodedata's
// _getcode does: case-insensitively, aliases included, named sequences
// not.
func lookupUnicodeName(name string) (rune, bool) {
	for i := 0; i < len(name); i++ {
		if name[i] >= 0x80 {
			return 0, false
		}
	}
	name = strings.ToUpper(name)
	for k, prefix := range derivedNamePrefixes {
		rest, ok := strings.CutPrefix(name, prefix)
		if !ok {
			continue
		}
		if len(rest) < 4 || len(rest) > 6 {
			return 0, false
		}
		cp, err := strconv.ParseUint(rest, 16, 32)
		if err != nil || fmt.Sprintf("%04X", cp) != rest {
			return 0, false
		}
		for _, r := range derivedNameRanges {
			if r.prefix == k && rune(cp) >= r.lo && rune(cp) <= r.hi {
				return rune(cp), true
			}
		}
		return 0, false
	}
	unicodeNames.once.Do(loadUnicodeNames)
	r, ok := unicodeNames.m[name]
	return r, ok
}
