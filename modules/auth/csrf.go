package auth

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"net/http"

	"vigil/modules/auth/internal/token"
	"vigil/platform/errs"
	"vigil/platform/secrets"
)

// The CSRF token of a browser session is a keyed hash of the session id,
// not a random value checked only against its own cookie (double submit):
// a sibling subdomain can set a cookie for the parent domain, and so
// could plant a matching cookie and header pair, but it cannot compute the
// token of a session it does not know without the instance's secret. The
// token stays the same for the life of the session (refreshes keep the
// session id), is set in the script-readable vigil_csrf cookie, and the
// web app echoes it in X-CSRF-Token on unsafe requests.

var errCSRF = errs.New(errs.KindForbidden, "missing or invalid CSRF token: echo the vigil_csrf cookie in the X-CSRF-Token header")

// csrfKeys derives the CSRF keys from the secret key and the retired ones
// (tokens issued before a key rotation stay valid until signing in again).
func csrfKeys(secret string, previous []string) ([][]byte, error) {
	var out [][]byte
	for _, s := range append([]string{secret}, previous...) {
		if s == "" {
			continue
		}
		k, err := secrets.Derive(s, "auth/csrf", 32)
		if err != nil {
			return nil, err
		}
		out = append(out, k)
	}
	return out, nil
}

func csrfMAC(key []byte, sessionID string) []byte {
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte("vigil-csrf\x00" + sessionID))
	return mac.Sum(nil)
}

// csrfToken is the CSRF token of the session (with the current key).
func (s *Service) csrfToken(sessionID string) string {
	return base64.RawURLEncoding.EncodeToString(csrfMAC(s.csrfKeys[0], sessionID))
}

// checkCSRF requires the X-CSRF-Token header to be the token of session
// sessionID; the cookie is only how the web app learns it.
func (s *Service) checkCSRF(req *http.Request, sessionID string) error {
	got, err := base64.RawURLEncoding.DecodeString(req.Header.Get(CSRFHeader))
	if err != nil || len(got) == 0 || sessionID == "" {
		return errCSRF
	}
	for _, k := range s.csrfKeys {
		if hmac.Equal(got, csrfMAC(k, sessionID)) {
			return nil
		}
	}
	return errCSRF
}

// checkRefreshCSRF checks the CSRF token of the session a refresh token
// belongs to (refresh and logout carry no access token). An unknown
// refresh token is errBadRefresh.
func (s *Service) checkRefreshCSRF(ctx context.Context, req *http.Request, refresh string) error {
	rt, err := s.store.RefreshTokenByHash(ctx, token.Hash(refresh))
	if errors.Is(err, errs.ErrNotFound) {
		return errBadRefresh
	}
	if err != nil {
		return err
	}
	return s.checkCSRF(req, rt.SessionID)
}
