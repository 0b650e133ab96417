package mailer

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type templateInput struct {
	Subject string `json:"subject" binding:"required"`
	Body    string `json:"body" binding:"required"`
}

func PreviewTemplate(svc *TemplateService) gin.HandlerFunc {
	return func(c *gin.Context) {
		var in templateInput
		if err := c.ShouldBindJSON(&in); err != nil {
			c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
			return
		}
		svc.body = in.Body
		out, err := svc.Preview(sampleCustomer())
		if err != nil {
			c.JSON(http.StatusUnprocessableEntity, gin.H{"error": err.Error()})
			return
		}
		c.JSON(http.StatusOK, gin.H{"subject": in.Subject, "html": out})
	}
}
