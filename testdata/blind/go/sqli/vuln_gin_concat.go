package main

import (
	"database/sql"
	"net/http"

	"github.com/gin-gonic/gin"
	_ "github.com/go-sql-driver/mysql"
)

type server struct{ db *sql.DB }

func (s *server) userByName(c *gin.Context) {
	name := c.Query("name")
	row := s.db.QueryRow("SELECT id, email FROM users WHERE username = '" + name + "'") // LABEL: CWE-89
	var id int64
	var email string
	if err := row.Scan(&id, &email); err != nil {
		c.JSON(http.StatusNotFound, gin.H{"error": "not found"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"id": id, "email": email})
}

func main() {
	db, _ := sql.Open("mysql", "app@tcp(db:3306)/app")
	s := &server{db: db}
	r := gin.Default()
	r.GET("/users", s.userByName)
	r.Run(":8080")
}
