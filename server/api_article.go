package server

import "net/http"

// handleArticle answers an article page: GET /api/article/ID.
func (s *Server) handleArticle(w http.ResponseWriter, r *http.Request) {
	a, ok, err := s.model.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if !ok {
		s.writeError(w, r, notFound("no article %q", r.PathValue("id")))
		return
	}
	writeJSON(w, http.StatusOK, a)
}
