package github

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
)

// ErrBadCode is returned when GitHub refuses an OAuth code (wrong,
// expired or already used) or the App's client credentials.
var ErrBadCode = errors.New("github: the authorization code was refused")

// ExchangeCode trades the OAuth code GitHub hands back after an
// installation (the App's "Request user authorization (OAuth) during
// installation", request_oauth_on_install) for a user-to-server token.
// tokenURL is GitHub's web endpoint (https://github.com/login/oauth/access_token,
// or the Enterprise host's). The token is returned to the caller only: it
// is neither cached nor logged.
func (a *App) ExchangeCode(ctx context.Context, tokenURL, clientID, clientSecret, code string) (string, error) {
	form := url.Values{"client_id": {clientID}, "client_secret": {clientSecret}, "code": {code}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, tokenURL, strings.NewReader(form.Encode()))
	if err != nil {
		return "", err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", "vigil")
	res, err := a.http.Do(req)
	if err != nil {
		return "", fmt.Errorf("github: exchange code: %w", err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return "", &Error{Status: res.StatusCode, Message: "exchange code: " + http.StatusText(res.StatusCode)}
	}
	// GitHub answers 200 for refusals too, with an "error" field.
	var out struct {
		AccessToken string `json:"access_token"`
		Error       string `json:"error"`
	}
	if err := json.NewDecoder(io.LimitReader(res.Body, 64<<10)).Decode(&out); err != nil {
		return "", fmt.Errorf("github: exchange code: %w", err)
	}
	if out.Error != "" || out.AccessToken == "" {
		return "", fmt.Errorf("%w (%s)", ErrBadCode, out.Error)
	}
	return out.AccessToken, nil
}

// UserInstallations lists the installations of this App that the user
// of a user-to-server token can access (GET /user/installations, every
// page, at most 5,000).
func (a *App) UserInstallations(ctx context.Context, userToken string) ([]Installation, error) {
	var all []Installation
	for page := 1; page <= 50; page++ {
		res, err := a.do(ctx, request{method: http.MethodGet, path: fmt.Sprintf("/user/installations?per_page=100&page=%d", page),
			auth: "Bearer " + userToken})
		if err != nil {
			return nil, err
		}
		var out struct {
			TotalCount    int            `json:"total_count"`
			Installations []Installation `json:"installations"`
		}
		if err := decode(res, &out); err != nil {
			return nil, err
		}
		all = append(all, out.Installations...)
		if len(out.Installations) < 100 || len(all) >= out.TotalCount {
			break
		}
	}
	return all, nil
}
