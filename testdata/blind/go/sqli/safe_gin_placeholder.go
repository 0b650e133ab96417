package main

import (
	"database/sql"
	"net/http"

	"github.com/gin-gonic/gin"
)

type server struct{ db *sql.DB }

func (s *server) userByName(c *gin.Context) {
	name := c.Query("name")
	var id int64
	var email string
	if err := s.db.QueryRow("SELECT id, email FROM users WHERE username = ?", name).Scan(&id, &email); err != nil {
		c.JSON(http.StatusNotFound, gin.H{"error": "not found"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"id": id, "email": email})
}

func main() {
	r := gin.Default()
	r.GET("/users", (&server{}).userByName)
	r.Run(":8080")
}
