package main

import (
	"github.com/gin-gonic/gin"
)

const exportRoot = "/var/lib/app/exports/"

func download(c *gin.Context) {
	name := c.DefaultQuery("file", "latest.csv")
	c.FileAttachment(exportRoot+name, name) // LABEL: CWE-22
}

func main() {
	r := gin.Default()
	r.GET("/exports/download", download)
	r.Run()
}
