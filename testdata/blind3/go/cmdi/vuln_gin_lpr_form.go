package main

import (
	"net/http"
	"os/exec"

	"github.com/gin-gonic/gin"
)

type PrintJob struct {
	Printer string `form:"printer"`
	Copies  string `form:"copies"`
	File    string `form:"file"`
}

func main() {
	r := gin.Default()
	r.POST("/print", func(c *gin.Context) {
		var job PrintJob
		if err := c.ShouldBind(&job); err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		line := "lpr -P " + job.Printer + " -# " + job.Copies + " /srv/spool/" + job.File
		out, err := exec.Command("sh", "-c", line).CombinedOutput() // LABEL: CWE-78
		if err != nil {
			c.String(http.StatusInternalServerError, string(out))
			return
		}
		c.Status(http.StatusAccepted)
	})
	r.Run(":8080")
}
