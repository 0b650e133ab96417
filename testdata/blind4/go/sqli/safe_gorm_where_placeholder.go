package accounts

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type User struct {
	ID    uint
	Email string
	Name  string
}

type AccountHandler struct {
	DB *gorm.DB
}

// Lookup is used by the support console to find an account by e-mail.
func (h *AccountHandler) Lookup(c *gin.Context) {
	email := c.Query("email")
	var u User
	if err := h.DB.Where("email = ?", email).First(&u).Error; err != nil {
		c.JSON(http.StatusNotFound, gin.H{"error": "not found"})
		return
	}
	c.JSON(http.StatusOK, u)
}
