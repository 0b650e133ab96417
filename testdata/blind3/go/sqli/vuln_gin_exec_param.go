package main

import (
	"database/sql"
	"net/http"

	"github.com/gin-gonic/gin"
	_ "github.com/lib/pq"
)

type TagService struct {
	db *sql.DB
}

func (s *TagService) Delete(owner, tag string) error {
	_, err := s.db.Exec("DELETE FROM tags WHERE owner_id = $1 AND name = '"+tag+"'", owner) // LABEL: CWE-89
	return err
}

func main() {
	db, _ := sql.Open("postgres", "dbname=notes sslmode=disable")
	svc := &TagService{db: db}
	r := gin.Default()
	r.DELETE("/users/:owner/tags/:tag", func(c *gin.Context) {
		if err := svc.Delete(c.Param("owner"), c.Param("tag")); err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		c.Status(http.StatusNoContent)
	})
	r.Run(":8080")
}
