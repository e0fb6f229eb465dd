package syntax

// lookupUnicodeName resolves the name in a \N{...} escape.
func lookupUnicodeName(name string) (rune, bool) { return 0, false }
