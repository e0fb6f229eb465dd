package oracle

import "regexp"

var addrRE = regexp.MustCompile(`at 0x[0-9a-f]+`)

// NormalizeAddrs replaces every "at 0x<hex>" with "at 0x…", so that code
// object reprs compare equal whatever address each side printed:
// CPython prints id(code), quicken a stable fake address.
func NormalizeAddrs(s string) string {
	return addrRE.ReplaceAllLiteralString(s, "at 0x…")
}
