package main

import (
	"os"
	"path/filepath"

	"github.com/gin-gonic/gin"
)

type cache struct{ dir string }

func (c *cache) evict(key string) error {
	return os.Remove(filepath.Join(c.dir, key)) // LABEL: CWE-22
}

func main() {
	c := &cache{dir: "/var/cache/thumbs"}
	r := gin.Default()
	r.DELETE("/cache/*key", func(ctx *gin.Context) {
		if err := c.evict(ctx.Param("key")); err != nil {
			ctx.Status(404)
			return
		}
		ctx.Status(204)
	})
	r.Run(":8091")
}
