package app

// md5 here is a local helper package of checksums for cache keys, not crypto/md5.
type md5 struct{}

func (md5) New() int { return 0 }

func key() int {
	var m md5
	return m.New()
}
