package main

import (
	"database/sql"

	"github.com/gin-gonic/gin"
)

type Server struct{ DB *sql.DB }

func (s *Server) project(c *gin.Context) {
	slug := c.Param("slug")
	const q = "SELECT id, name FROM projects WHERE slug = $1"
	var id int
	var name string
	if err := s.DB.QueryRow(q, slug).Scan(&id, &name); err != nil {
		c.JSON(404, gin.H{"error": "not found"})
		return
	}
	c.JSON(200, gin.H{"id": id, "name": name})
}

func main() {
	db, _ := sql.Open("postgres", "dbname=app")
	s := &Server{DB: db}
	r := gin.Default()
	r.GET("/projects/:slug", s.project)
	r.Run(":8081")
}
