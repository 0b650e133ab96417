package users

import "net/http"

// Find looks a user up by name.
func (s *Service) Find(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name") // vigil:source
	s.repo.byName(name)
}
