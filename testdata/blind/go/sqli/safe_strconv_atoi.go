package main

import (
	"database/sql"
	"fmt"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"
)

type server struct{ db *sql.DB }

func (s *server) invoice(c *gin.Context) {
	id, err := strconv.Atoi(c.Param("id"))
	if err != nil || id <= 0 {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	var total float64
	q := fmt.Sprintf("SELECT total FROM invoices WHERE id = %d", id)
	if err := s.db.QueryRow(q).Scan(&total); err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	c.JSON(http.StatusOK, gin.H{"id": id, "total": total})
}

func main() {
	s := &server{}
	r := gin.New()
	r.GET("/invoices/:id", s.invoice)
	r.Run()
}
