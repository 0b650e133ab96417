package httpserver

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"time"

	"github.com/labstack/echo/v4"
)

// Cache-Control values of the SPA's files.
const (
	CacheIndex     = "no-cache"
	CacheImmutable = "public, max-age=31536000, immutable"
	CacheStatic    = "public, max-age=3600"
)

type spaFile struct {
	body  []byte
	etag  string
	ctype string
	cache string
}

// MountSPA serves the built single-page app from fsys (the dist folder) for
// every GET/HEAD path no route claimed. Call it last. Extension-less paths
// outside /api and /healthz fall back to index.html so client-side routes
// survive a reload; a missing file with an extension is a real 404 problem,
// so a broken asset link is visible instead of answered with HTML.
func (s *Server) MountSPA(fsys fs.FS) error {
	files := map[string]*spaFile{}
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		f := &spaFile{body: b, etag: `"` + hex.EncodeToString(sum[:12]) + `"`, ctype: contentType(p, b)}
		switch {
		case p == "index.html":
			f.cache = CacheIndex
		case strings.HasPrefix(p, "assets/"):
			f.cache = CacheImmutable
		default:
			f.cache = CacheStatic
		}
		files[p] = f
		return nil
	})
	if err != nil {
		return fmt.Errorf("httpserver: read SPA files: %w", err)
	}
	index := files["index.html"]
	if index == nil {
		return fmt.Errorf("httpserver: SPA has no index.html")
	}
	s.mu.Lock()
	s.spaMounted = true
	s.mu.Unlock()

	h := func(c echo.Context) error {
		p := c.Request().URL.Path
		if p == "/api" || strings.HasPrefix(p, "/api/") || p == "/healthz" || strings.HasPrefix(p, "/healthz/") {
			return echo.ErrNotFound
		}
		name := strings.TrimPrefix(path.Clean("/"+p), "/")
		f := files[name]
		switch {
		case f != nil:
		case name == "" || path.Ext(name) == "":
			f = index
		default:
			return echo.ErrNotFound
		}
		hdr := c.Response().Header()
		hdr.Set(echo.HeaderContentType, f.ctype)
		hdr.Set(echo.HeaderCacheControl, f.cache)
		hdr.Set("ETag", f.etag)
		http.ServeContent(c.Response(), c.Request(), "", time.Time{}, bytes.NewReader(f.body))
		return nil
	}
	s.e.Match([]string{http.MethodGet, http.MethodHead}, "/*", h)
	return nil
}

func contentType(name string, b []byte) string {
	switch path.Ext(name) {
	case ".html":
		return "text/html; charset=utf-8"
	case ".js", ".mjs":
		return "text/javascript; charset=utf-8"
	case ".css":
		return "text/css; charset=utf-8"
	case ".svg":
		return "image/svg+xml"
	case ".json", ".map":
		return "application/json"
	case ".webmanifest":
		return "application/manifest+json"
	case ".woff2":
		return "font/woff2"
	case ".ico":
		return "image/x-icon"
	case ".txt":
		return "text/plain; charset=utf-8"
	}
	if t := mime.TypeByExtension(path.Ext(name)); t != "" {
		return t
	}
	return http.DetectContentType(b)
}
