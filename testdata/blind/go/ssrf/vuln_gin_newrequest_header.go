package main

import (
	"io"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

var client = &http.Client{Timeout: 5 * time.Second}

func backendStatus(c *gin.Context) {
	host := c.GetHeader("X-Backend")
	req, err := http.NewRequestWithContext(c.Request.Context(), http.MethodGet, "http://"+host+"/status", nil)
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	resp, err := client.Do(req) // LABEL: CWE-918
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	c.Data(resp.StatusCode, "text/plain; charset=utf-8", body)
}

func main() {
	r := gin.Default()
	r.GET("/backend/status", backendStatus)
	r.Run()
}
