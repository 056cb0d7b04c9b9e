package objects

// AddressOf returns o's address as reprs show it ("0x7f3a..."), for types defined outside
// this package.
func AddressOf(o Object) string { return addressOf(o) }
