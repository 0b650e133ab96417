package main

import (
	"os/exec"

	"github.com/gin-gonic/gin"
)

var formats = map[string]string{"csv": "csv", "excel": "xlsx", "pdf": "pdf"}

func exportReport(c *gin.Context) {
	format, ok := formats[c.Query("format")]
	if !ok {
		format = "csv"
	}
	if err := exec.Command("sh", "-c", "reportgen --format "+format+" --out /tmp/report").Run(); err != nil {
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
