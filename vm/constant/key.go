package constant

func key(v Value) string { panic("constant.Key: not implemented") }
