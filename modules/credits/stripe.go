package credits

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/stripe/stripe-go/v81"
	"github.com/stripe/stripe-go/v81/client"

	"vigil/platform/config"
)

// newStripe builds a Stripe API client for cfg. APIURL points it at
// stripe-mock (or any server speaking Stripe's API) in tests; the client is
// per service, never stripe-go's global backend.
func newStripe(cfg config.Stripe, hc *http.Client, log *slog.Logger) *client.API {
	if hc == nil {
		hc = &http.Client{Timeout: 30 * time.Second}
	}
	bc := &stripe.BackendConfig{
		HTTPClient:        hc,
		LeveledLogger:     slogStripe{log},
		MaxNetworkRetries: stripe.Int64(2),
	}
	if cfg.APIURL != "" {
		bc.URL = stripe.String(cfg.APIURL)
	}
	b := stripe.GetBackendWithConfig(stripe.APIBackend, bc)
	api := &client.API{}
	api.Init(cfg.SecretKey, &stripe.Backends{API: b, Connect: b, Uploads: b})
	return api
}

// slogStripe routes stripe-go's log lines into our structured log. Its
// debug and info lines (every request) are dropped.
type slogStripe struct{ log *slog.Logger }

func (l slogStripe) Debugf(string, ...any) {}
func (l slogStripe) Infof(string, ...any)  {}
func (l slogStripe) Warnf(format string, v ...any) {
	l.log.LogAttrs(context.Background(), slog.LevelWarn, "stripe: "+fmt.Sprintf(format, v...))
}
func (l slogStripe) Errorf(format string, v ...any) {
	l.log.LogAttrs(context.Background(), slog.LevelError, "stripe: "+fmt.Sprintf(format, v...))
}
