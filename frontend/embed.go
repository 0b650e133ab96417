// Package frontend embeds the built web app into the binary.
//
// `npm run build` writes the app to dist/app (ignored by git). dist/index.html
// is a committed placeholder that says the app was not built, so `go build`
// works on a fresh clone and no build ever dirties the tree.
package frontend

import (
	"embed"
	"io/fs"
)

//go:embed all:dist
var dist embed.FS

// Dist returns the built app rooted at its index.html, or the placeholder
// page when the app has not been built into this binary.
func Dist() fs.FS {
	if _, err := fs.Stat(dist, "dist/app/index.html"); err == nil {
		return mustSub("dist/app")
	}
	return mustSub("dist")
}

// Built reports whether the real web app is embedded.
func Built() bool {
	_, err := fs.Stat(dist, "dist/app/index.html")
	return err == nil
}

func mustSub(dir string) fs.FS {
	sub, err := fs.Sub(dist, dir)
	if err != nil {
		// fs.Sub fails only for an invalid path; dir is a constant.
		panic(err)
	}
	return sub
}
