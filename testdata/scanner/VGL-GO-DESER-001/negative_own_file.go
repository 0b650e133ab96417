package app

import (
	"encoding/gob"
	"os"
)

// the program's own cache file, written by itself
func loadCache(v interface{}) error {
	f, err := os.Open("/var/cache/app/state.gob")
	if err != nil {
		return err
	}
	defer f.Close()
	return gob.NewDecoder(f).Decode(v)
}
