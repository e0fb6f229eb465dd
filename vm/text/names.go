package text

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

//go:generate python3 _gen/names.py
//go:generate gofmt -w names_gen.go

// unicodeNamesData holds, DEFLATE-compressed, one line for every
// character name ("HEX;NAME") and name alias ("HEX=ALIAS") of CPython
// 3.11's unicodedata, except the names derived from the code point
// (Hangul syllables and the ranges in derivedNameRanges).
//
//go:embed unicode_names.bin
var unicodeNamesData []byte

var unicodeNames struct {
	once   sync.Once
	byName map[string]rune // names and aliases
	byChar map[rune]string // names only
}

// Hangul syllable names are composed from the short names of their jamo
// (Unicode's algorithm, which unicodedata implements).
var (
	hangulL = []string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	hangulV = []string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
	hangulT = []string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
)

const (
	hangulBase  = 0xAC00
	hangulCount = 19 * 21 * 28
)

func loadUnicodeNames() {
	byName := make(map[string]rune, 40000)
	byChar := make(map[rune]string, 40000)
	r := flate.NewReader(bytes.NewReader(unicodeNamesData))
	data, err := io.ReadAll(r)
	if err != nil {
		panic(fmt.Sprintf("unicode names table: %v", err))
	}
	for _, line := range strings.Split(string(data), "\n") {
		i := strings.IndexAny(line, ";=")
		if i < 0 {
			continue
		}
		cp, err := strconv.ParseUint(line[:i], 16, 32)
		if err != nil {
			continue
		}
		name := line[i+1:]
		byName[name] = rune(cp)
		if line[i] == ';' {
			byChar[rune(cp)] = name
		}
	}
	for cp := rune(hangulBase); cp < hangulBase+hangulCount; cp++ {
		byName[hangulName(cp)] = cp
	}
	unicodeNames.byName, unicodeNames.byChar = byName, byChar
}

func hangulName(cp rune) string {
	i := int(cp - hangulBase)
	l, v, t := i/(len(hangulV)*len(hangulT)), i/len(hangulT)%len(hangulV), i%len(hangulT)
	return "HANGUL SYLLABLE " + hangulL[l] + hangulV[v] + hangulT[t]
}

// LookupName resolves a character name as unicodedata's _getcode does
// for a \N{...} escape: case-insensitively, aliases included, named
// sequences not.
func LookupName(name string) (rune, bool) {
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
	r, ok := unicodeNames.byName[name]
	return r, ok
}

// Name is unicodedata.name(chr(r)) (without a default): the character's
// name, derived ones included, or false for a character that has none
// (controls, unassigned code points, surrogates, private use).
func Name(r rune) (string, bool) {
	if r >= hangulBase && r < hangulBase+hangulCount {
		return hangulName(r), true
	}
	for _, d := range derivedNameRanges {
		if r >= d.lo && r <= d.hi {
			return fmt.Sprintf("%s%04X", derivedNamePrefixes[d.prefix], r), true
		}
	}
	unicodeNames.once.Do(loadUnicodeNames)
	name, ok := unicodeNames.byChar[r]
	return name, ok
}
