package app

import (
	"bytes"
	"encoding/gob"

	"github.com/gin-gonic/gin"
)

func importState(c *gin.Context) {
	raw, _ := c.GetRawData()
	var state map[string]interface{}
	gob.NewDecoder(bytes.NewReader(raw)).Decode(&state) // vigil:expect VGL-GO-DESER-001
}
