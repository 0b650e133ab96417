package web

import (
	"net/http"
	"time"
)

type Sessions struct {
	store SessionStore
}

func (s *Sessions) Issue(w http.ResponseWriter, userID int64) error {
	id, err := s.store.Create(userID)
	if err != nil {
		return err
	}
	http.SetCookie(w, &http.Cookie{
		Name:     "sid",
		Value:    id,
		Path:     "/",
		Expires:  time.Now().Add(12 * time.Hour),
		Secure:   true,
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
	})
	return nil
}
