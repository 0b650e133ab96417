package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

var services = map[string]string{
	"billing": "http://billing.internal:8080",
	"search":  "http://search.internal:9200",
}

func health(c *gin.Context) {
	base, ok := services[c.Param("service")]
	if !ok {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	resp, err := http.Get(base + "/health")
	if err != nil {
		c.JSON(http.StatusOK, gin.H{"up": false})
		return
	}
	resp.Body.Close()
	c.JSON(http.StatusOK, gin.H{"up": resp.StatusCode == http.StatusOK})
}

func main() {
	r := gin.Default()
	r.GET("/admin/health/:service", health)
	r.Run()
}
