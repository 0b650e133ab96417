package profiles

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type Account struct {
	gorm.Model
	DisplayName string `json:"display_name"`
	Email       string `json:"email"`
	Plan        string `json:"plan"`
	IsAdmin     bool   `json:"is_admin"`
}

type profileChange struct {
	DisplayName string `json:"display_name" binding:"max=80"`
	Email       string `json:"email" binding:"omitempty,email"`
}

type ProfileAPI struct {
	DB *gorm.DB
}

func (a *ProfileAPI) Update(c *gin.Context) {
	var in profileChange
	if err := c.ShouldBindJSON(&in); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	var acct Account
	if err := a.DB.First(&acct, c.GetUint("user_id")).Error; err != nil {
		c.Status(http.StatusNotFound)
		return
	}
	a.DB.Model(&acct).Updates(Account{DisplayName: in.DisplayName, Email: in.Email})
	c.JSON(http.StatusOK, acct)
}
