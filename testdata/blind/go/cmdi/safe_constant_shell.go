package main

import (
	"log"
	"net/http"
	"os/exec"

	"github.com/gin-gonic/gin"
)

const diskReport = "df -h --output=target,pcent | tail -n +2"

func disk(c *gin.Context) {
	log.Printf("disk report requested by %s", c.ClientIP())
	out, err := exec.Command("sh", "-c", diskReport).Output()
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.String(http.StatusOK, string(out))
}

func main() {
	r := gin.Default()
	r.GET("/admin/disk", disk)
	r.Run()
}
