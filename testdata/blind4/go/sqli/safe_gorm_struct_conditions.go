package accounts

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type Member struct {
	ID       uint   `json:"id"`
	Email    string `json:"email"`
	Team     string `json:"team"`
	IsActive bool   `json:"active"`
}

type MemberAPI struct {
	DB *gorm.DB
}

func (a *MemberAPI) ByEmail(c *gin.Context) {
	var m Member
	cond := Member{Email: c.Query("email"), Team: c.GetHeader("X-Team")}
	if err := a.DB.Where(&cond).First(&m).Error; err != nil {
		c.JSON(http.StatusNotFound, gin.H{"error": "not found"})
		return
	}
	c.JSON(http.StatusOK, m)
}
