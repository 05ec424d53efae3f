package server

import (
	"bytes"
	"embed"
	"io/fs"
	"net/http"
)

// The console's page, style sheet and JavaScript bundle, built from web/
// by web/build.mjs (npm run build) and committed, so that go build needs
// no npm.
//
//go:embed assets
var assets embed.FS

// Assets returns the embedded console files.
func Assets() fs.FS {
	sub, err := fs.Sub(assets, "assets")
	if err != nil {
		panic(err) // the embedded tree always has assets/
	}
	return sub
}

// handleIndex serves the page with this server's write token in its
// <meta name="newsgraph-token">: a page of another origin cannot read it.
// It is not cached, since the token changes at every start.
func (s *Server) handleIndex(w http.ResponseWriter, r *http.Request) {
	var page bytes.Buffer
	if err := s.index.Execute(&page, struct{ Token string }{s.guard.token}); err != nil {
		s.writeError(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Write(page.Bytes())
}

func (s *Server) assetHandler() http.Handler {
	files := http.FileServerFS(Assets())
	return http.StripPrefix("/assets/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-cache")
		files.ServeHTTP(w, r)
	}))
}
