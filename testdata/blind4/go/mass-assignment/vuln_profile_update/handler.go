package profiles

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type ProfileAPI struct {
	DB *gorm.DB
}

func (a *ProfileAPI) Update(c *gin.Context) {
	var acct Account
	if err := a.DB.First(&acct, c.GetUint("user_id")).Error; err != nil {
		c.Status(http.StatusNotFound)
		return
	}
	if err := c.ShouldBindJSON(&acct); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	a.DB.Save(&acct) // LABEL: CWE-915
	c.JSON(http.StatusOK, acct)
}
