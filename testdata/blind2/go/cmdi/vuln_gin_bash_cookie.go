package main

import (
	"context"
	"os/exec"
	"time"

	"github.com/gin-gonic/gin"
)

func exportReport(c *gin.Context) {
	format, err := c.Cookie("export_format")
	if err != nil || format == "" {
		format = "csv"
	}
	ctx, cancel := context.WithTimeout(c, 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "/bin/bash", "-c", "reportgen --format "+format+" --out /tmp/report") // LABEL: CWE-78
	if err := cmd.Run(); err != nil {
		c.String(500, "failed")
		return
	}
	c.File("/tmp/report")
}

func main() {
	r := gin.Default()
	r.GET("/export", exportReport)
	r.Run(":8086")
}
