// Package dashboard serves the peergraph dashboard: a single-page web app
// built from web/ by `make dashboard` into dist/ and compiled into the
// binary, so it needs no CDN and no files beside the server.
//
// # URL layout
//
// Mounted at the root of the server:
//
//	/                 the page (index.html); views are hash-routed (#/community/WeNurses)
//	/assets/NAME      a script, style sheet or image Vite emitted, NAME carrying its content hash
//
// Anything else is 404. Because Vite puts a hash of the content in every
// asset's name, assets are cached for a year as immutable; the page is
// always revalidated.
//
// # Before the build
//
// Only dist/BUILD.md is committed. Until the assets are built the handler
// answers / with a short page saying how to build them, so that `go build`
// and `go test` work on a fresh clone.
package dashboard

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"sync"
	"time"
)

//go:embed all:dist
var files embed.FS

// CSP keeps the page to its own scripts, styles and API: no inline script,
// no external URL, no framing (the page holds a bearer token). Styles are
// the built style sheet only; the graph renderer draws on a canvas and sets
// positions through the CSSOM, which style-src does not restrict.
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
	"font-src 'self'; connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

var contentTypes = map[string]string{
	".js":   "text/javascript; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".svg":  "image/svg+xml",
	".png":  "image/png",
	".ico":  "image/x-icon",
	".json": "application/json",
	".txt":  "text/plain; charset=utf-8",
	".html": "text/html; charset=utf-8",
}

const notBuilt = `<!doctype html><meta charset="utf-8"><title>peergraph dashboard not built</title>
<h1>The dashboard is not built into this server</h1>
<p>Run <code>make dashboard</code> (Node.js and npm) and restart the server, or use
<a href="/graphiql/">GraphiQL</a>.</p>`

type file struct {
	data        []byte
	contentType string
	etag        string

	gzOnce sync.Once
	gz     []byte
}

type handler struct {
	page   *file
	assets map[string]*file
}

// Handler serves the embedded dashboard.
func Handler() http.Handler { return newHandler(files) }

// Built reports whether real assets were embedded, for the start-up log.
func Built() bool {
	_, err := fs.Stat(files, "dist/index.html")
	return err == nil
}

func newHandler(fsys fs.FS) *handler {
	h := &handler{assets: map[string]*file{}}
	if data, err := fs.ReadFile(fsys, "dist/index.html"); err == nil {
		h.page = newFile(data, contentTypes[".html"])
	} else {
		h.page = newFile([]byte(notBuilt), contentTypes[".html"])
	}
	_ = fs.WalkDir(fsys, "dist/assets", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		ct, ok := contentTypes[path.Ext(p)]
		if !ok {
			return nil // not something the page loads (e.g. a source map)
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		h.assets[strings.TrimPrefix(p, "dist/assets/")] = newFile(data, ct)
		return nil
	})
	return h
}

func newFile(data []byte, ct string) *file {
	sum := sha256.Sum256(data)
	return &file{data: data, contentType: ct, etag: `"` + hex.EncodeToString(sum[:16]) + `"`}
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, http.StatusText(http.StatusMethodNotAllowed), http.StatusMethodNotAllowed)
		return
	}
	hd := w.Header()
	hd.Set("X-Content-Type-Options", "nosniff")
	switch {
	case r.URL.Path == "/":
		hd.Set("Content-Security-Policy", CSP)
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("Cache-Control", "no-cache")
		h.page.serve(w, r, "index.html")
	case strings.HasPrefix(r.URL.Path, "/assets/"):
		f, ok := h.assets[strings.TrimPrefix(r.URL.Path, "/assets/")]
		if !ok {
			http.NotFound(w, r)
			return
		}
		hd.Set("Cache-Control", "public, max-age=31536000, immutable")
		f.serve(w, r, path.Base(r.URL.Path))
	default:
		http.NotFound(w, r)
	}
}

func (f *file) serve(w http.ResponseWriter, r *http.Request, name string) {
	hd := w.Header()
	hd.Set("Content-Type", f.contentType)
	body, etag := f.data, f.etag
	if len(f.data) >= 1024 {
		hd.Add("Vary", "Accept-Encoding")
		if strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			body, etag = f.gzipped(), strings.TrimSuffix(f.etag, `"`)+`-gzip"`
			hd.Set("Content-Encoding", "gzip")
		}
	}
	hd.Set("ETag", etag)
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(body))
}

// gzipped compresses on first use: the bundle is a few hundred kilobytes
// and most requests to an API server never load it.
func (f *file) gzipped() []byte {
	f.gzOnce.Do(func() {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		zw.Write(f.data)
		zw.Close()
		f.gz = buf.Bytes()
	})
	return f.gz
}
