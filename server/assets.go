package server

import (
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

func (s *Server) handleIndex(w http.ResponseWriter, r *http.Request) {
	page, err := fs.ReadFile(Assets(), "index.html")
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.Write(page)
}

func (s *Server) assetHandler() http.Handler {
	files := http.FileServerFS(Assets())
	return http.StripPrefix("/assets/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-cache")
		files.ServeHTTP(w, r)
	}))
}
