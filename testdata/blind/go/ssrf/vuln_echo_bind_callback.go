package main

import (
	"bytes"
	"encoding/json"
	"net/http"

	"github.com/labstack/echo/v4"
)

type webhookTest struct {
	CallbackURL string `json:"callback_url"`
	Event       string `json:"event"`
}

func testWebhook(c echo.Context) error {
	var req webhookTest
	if err := c.Bind(&req); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	payload, _ := json.Marshal(map[string]string{"event": req.Event, "mode": "test"})
	resp, err := http.Post(req.CallbackURL, "application/json", bytes.NewReader(payload)) // LABEL: CWE-918
	if err != nil {
		return c.JSON(http.StatusOK, map[string]bool{"delivered": false})
	}
	resp.Body.Close()
	return c.JSON(http.StatusOK, map[string]bool{"delivered": resp.StatusCode < 300})
}

func main() {
	e := echo.New()
	e.POST("/webhooks/test", testWebhook)
	e.Start(":8080")
}
