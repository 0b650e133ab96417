package main

import (
	"database/sql"
	"fmt"

	"github.com/gin-gonic/gin"
)

type Server struct{ DB *sql.DB }

func (s *Server) project(c *gin.Context) {
	slug := c.Param("slug")
	q := fmt.Sprintf("SELECT id, name FROM projects WHERE slug = '%s'", slug)
	var id int
	var name string
	if err := s.DB.QueryRow(q).Scan(&id, &name); err != nil { // LABEL: CWE-89
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
