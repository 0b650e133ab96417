package main

import (
	"database/sql"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

type server struct{ db *sql.DB }

// tagged builds "?, ?, ?" for the IN list and passes the values as arguments.
func (s *server) tagged(c *gin.Context) {
	tags := c.QueryArray("tag")
	if len(tags) == 0 {
		c.JSON(http.StatusOK, []string{})
		return
	}
	marks := strings.TrimSuffix(strings.Repeat("?, ", len(tags)), ", ")
	args := make([]any, len(tags))
	for i, t := range tags {
		args[i] = t
	}
	rows, err := s.db.Query("SELECT DISTINCT post_id FROM post_tags WHERE tag IN ("+marks+")", args...)
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if rows.Scan(&id) == nil {
			ids = append(ids, id)
		}
	}
	c.JSON(http.StatusOK, ids)
}

func main() {
	r := gin.Default()
	r.GET("/posts/tagged", (&server{}).tagged)
	r.Run()
}
