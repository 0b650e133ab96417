package main

import (
	"io"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

var client = &http.Client{Timeout: 5 * time.Second}

func main() {
	r := gin.Default()
	r.GET("/status/upstream", func(c *gin.Context) {
		base := c.GetHeader("X-Upstream-Base")
		if base == "" {
			base = "http://inventory.internal:8080"
		}
		resp, err := client.Get(base + "/healthz") // LABEL: CWE-918
		if err != nil {
			c.JSON(http.StatusOK, gin.H{"up": false})
			return
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
		c.JSON(http.StatusOK, gin.H{"up": resp.StatusCode == 200, "body": string(body)})
	})
	r.Run(":8080")
}
