// Package frontend embeds the built web app (frontend/dist) into the binary.
//
// dist holds only a placeholder index.html in git, so `go build` works on a
// fresh clone; `npm run build` replaces it with the real app.
package frontend

import (
	"embed"
	"io/fs"
)

//go:embed all:dist
var dist embed.FS

// Dist returns the built app rooted at its index.html.
func Dist() fs.FS {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		// fs.Sub fails only for an invalid path; "dist" is a constant.
		panic(err)
	}
	return sub
}
