// Package graphiql serves the GraphiQL IDE with every asset compiled into the
// binary, so the page works on networks that cannot reach a CDN.
//
// # URL layout
//
// A Handler answers two kinds of request, relative to where it is mounted:
//
//	/                 the GraphiQL page
//	/assets/NAME      a JS, CSS or license file the page needs
//
// Anything else is 404. The page references its assets with relative URLs
// ("assets/NAME?v=HASH"), so the same handler works at the root of a server
// and under any prefix without being told that prefix, including behind a
// reverse proxy that adds one. Mount it with http.StripPrefix:
//
//	mux.Handle("/graphiql/", http.StripPrefix("/graphiql", graphiql.Handler("peergraph", "/graphql")))
//	mux.Handle("/", graphiql.Handler("peergraph", "/graphql")) // or at the root
//
// Relative URLs only resolve correctly when the page's URL ends in "/". With
// the mounting above, ServeMux already redirects "/graphiql" to "/graphiql/";
// if the handler nevertheless receives an empty path for a URL without the
// trailing slash (a prefix stripped up to and including the last segment),
// it redirects there itself.
//
// # Caching
//
// Asset URLs carry a hash of the file's content, so a response to the
// current URL is cached for a year as immutable and an upgrade of the
// vendored files changes every URL. The page itself is always revalidated
// (its ETag makes that a 304). Assets are gzipped on first use when the
// client accepts it.
//
// # Vendored files
//
// assets/ holds the GraphiQL 3 and React 18 UMD builds copied unchanged from
// npm by update-assets.sh; assets/VERSIONS records which versions. init.js
// and page.html are this package's own.
package graphiql

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"path"
	"strconv"
	"strings"
	"sync"
	"time"
)

//go:embed assets/*.js assets/*.css assets/*.txt init.js page.html
var files embed.FS

// asset is one servable file, hashed once at start-up so that neither the
// page nor a request has to read or hash it again.
type asset struct {
	data        []byte
	contentType string
	etag        string // strong ETag of data
	version     string // content hash placed in the page's URL for the file

	gzOnce sync.Once
	gz     []byte
	gzETag string
}

// contentTypes is fixed here rather than taken from package mime, which
// lets the host's /etc/mime.types override it and so vary between machines.
var contentTypes = map[string]string{
	".js":  "text/javascript; charset=utf-8",
	".css": "text/css; charset=utf-8",
	".txt": "text/plain; charset=utf-8",
}

// minGzipSize skips compressing files for which the gzip header and the
// extra round of work would cost more than they save.
const minGzipSize = 1024

// immutable is sent only for the URL that names the current content; a year
// is the conventional ceiling that every cache honours.
const immutable = "public, max-age=31536000, immutable"

var (
	assets  = loadAssets()
	pageTpl = template.Must(template.New("page.html").Funcs(template.FuncMap{
		"asset": assetURL,
	}).ParseFS(files, "page.html"))
)

func loadAssets() map[string]*asset {
	m := make(map[string]*asset)
	add := func(name, file string) {
		data, err := files.ReadFile(file)
		if err != nil {
			panic("graphiql: embedded file missing: " + err.Error())
		}
		sum := sha256.Sum256(data)
		hash := hex.EncodeToString(sum[:])
		ct, ok := contentTypes[path.Ext(name)]
		if !ok {
			panic("graphiql: no content type for " + name)
		}
		m[name] = &asset{
			data:        data,
			contentType: ct,
			etag:        `"` + hash[:32] + `"`,
			version:     hash[:16],
		}
	}
	vendored, err := fs.Glob(files, "assets/*")
	if err != nil {
		panic("graphiql: " + err.Error())
	}
	for _, f := range vendored {
		add(path.Base(f), f)
	}
	add("init.js", "init.js")
	return m
}

// assetURL is relative on purpose: see the package comment.
func assetURL(name string) (string, error) {
	a, ok := assets[name]
	if !ok {
		return "", fs.ErrNotExist
	}
	return "assets/" + name + "?v=" + a.version, nil
}

// Handler serves the GraphiQL page at the root of wherever it is mounted,
// with its assets below that, and points GraphiQL at endpoint. endpoint is
// used by the browser as given: an absolute path such as "/graphql", a path
// relative to the page, or an absolute URL on another origin (which must then
// allow the page's origin through CORS). title names the browser tab.
func Handler(title, endpoint string) http.Handler {
	var buf bytes.Buffer
	err := pageTpl.Execute(&buf, struct{ Title, Endpoint string }{title, endpoint})
	if err != nil {
		// Only a broken template can get here, and the tests render it.
		panic("graphiql: rendering page: " + err.Error())
	}
	sum := sha256.Sum256(buf.Bytes())
	return &handler{
		page:     buf.Bytes(),
		pageETag: `"` + hex.EncodeToString(sum[:16]) + `"`,
		csp:      contentSecurityPolicy(endpoint),
	}
}

type handler struct {
	page     []byte
	pageETag string
	csp      string
}

// contentSecurityPolicy limits the page to its own scripts, so a value
// smuggled into the page or the editors cannot load or run anything else,
// and refuses framing, so the page cannot be overlaid to trick a user into
// sending a query with their token. Styles must allow 'unsafe-inline'
// because GraphiQL and CodeMirror position elements with style attributes;
// the fonts are data: URLs inside graphiql.min.css.
func contentSecurityPolicy(endpoint string) string {
	connect := "'self'"
	if u, err := url.Parse(endpoint); err == nil && u.Host != "" &&
		(u.Scheme == "http" || u.Scheme == "https") {
		connect += " " + u.Scheme + "://" + u.Host
	}
	return strings.Join([]string{
		"default-src 'none'",
		"script-src 'self'",
		"style-src 'self' 'unsafe-inline'",
		"font-src 'self' data:",
		"img-src 'self' data:",
		"connect-src " + connect,
		"base-uri 'none'",
		"form-action 'none'",
		"frame-ancestors 'none'",
	}, "; ")
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, http.StatusText(http.StatusMethodNotAllowed), http.StatusMethodNotAllowed)
		return
	}
	p := r.URL.Path
	switch {
	case p == "":
		if orig := originalPath(r); orig != "" && !strings.HasSuffix(orig, "/") {
			redirectToDir(w, r, orig)
			return
		}
		h.servePage(w, r)
	case p == "/":
		h.servePage(w, r)
	case strings.HasPrefix(p, "/assets/"):
		serveAsset(w, r, strings.TrimPrefix(p, "/assets/"))
	case strings.HasPrefix(p, "assets/"): // prefix stripped including its "/"
		serveAsset(w, r, strings.TrimPrefix(p, "assets/"))
	default:
		http.NotFound(w, r)
	}
}

// originalPath is the path the client asked for, before any StripPrefix,
// which the relative redirect has to be computed from.
func originalPath(r *http.Request) string {
	if r.RequestURI == "" {
		return ""
	}
	u, err := url.ParseRequestURI(r.RequestURI)
	if err != nil {
		return ""
	}
	return u.Path
}

// redirectToDir uses a relative Location, like http.FileServer does, so that
// it stays right behind a proxy that serves us under a different prefix.
func redirectToDir(w http.ResponseWriter, r *http.Request, orig string) {
	target := path.Base(orig) + "/"
	if r.URL.RawQuery != "" {
		target += "?" + r.URL.RawQuery
	}
	w.Header().Set("Location", target)
	w.WriteHeader(http.StatusMovedPermanently)
}

func (h *handler) servePage(w http.ResponseWriter, r *http.Request) {
	hd := w.Header()
	hd.Set("Content-Type", "text/html; charset=utf-8")
	// Revalidated every time because it names the current asset hashes.
	hd.Set("Cache-Control", "no-cache")
	hd.Set("ETag", h.pageETag)
	hd.Set("Content-Security-Policy", h.csp)
	hd.Set("X-Content-Type-Options", "nosniff")
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(h.page))
}

func serveAsset(w http.ResponseWriter, r *http.Request, name string) {
	a, ok := assets[name]
	if !ok {
		http.NotFound(w, r)
		return
	}
	hd := w.Header()
	hd.Set("Content-Type", a.contentType)
	hd.Set("X-Content-Type-Options", "nosniff")
	// Only the hashed URL may be cached forever; any other spelling (an old
	// page, a hand-typed URL) could be pinned to content that later changes.
	if r.URL.Query().Get("v") == a.version {
		hd.Set("Cache-Control", immutable)
	} else {
		hd.Set("Cache-Control", "no-cache")
	}
	body, etag := a.data, a.etag
	if len(a.data) >= minGzipSize {
		hd.Add("Vary", "Accept-Encoding")
		if acceptsGzip(r.Header.Get("Accept-Encoding")) {
			body, etag = a.gzipped()
			hd.Set("Content-Encoding", "gzip")
		}
	}
	hd.Set("ETag", etag)
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(body))
}

// gzipped compresses lazily so start-up does not pay for assets nobody
// requests (most processes never serve GraphiQL at all).
func (a *asset) gzipped() ([]byte, string) {
	a.gzOnce.Do(func() {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		zw.Write(a.data)
		zw.Close()
		a.gz = buf.Bytes()
		// A different representation needs a different strong ETag.
		a.gzETag = strings.TrimSuffix(a.etag, `"`) + `-gzip"`
	})
	return a.gz, a.gzETag
}

// acceptsGzip reads an Accept-Encoding header closely enough to honour an
// explicit refusal ("gzip;q=0"), which a plain substring test would not.
func acceptsGzip(header string) bool {
	for _, part := range strings.Split(header, ",") {
		coding, params, _ := strings.Cut(part, ";")
		coding = strings.TrimSpace(coding)
		if !strings.EqualFold(coding, "gzip") && !strings.EqualFold(coding, "x-gzip") {
			continue
		}
		for _, p := range strings.Split(params, ";") {
			k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
			if ok && strings.EqualFold(strings.TrimSpace(k), "q") {
				if q, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil && q == 0 {
					return false
				}
			}
		}
		return true
	}
	return false
}
