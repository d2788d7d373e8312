package graphiql

import (
	"bytes"
	"compress/gzip"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
)

// get runs one request through h the way a server would, keeping the
// RequestURI that the trailing-slash redirect relies on.
func get(t *testing.T, h http.Handler, target string, header http.Header) *http.Response {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, target, nil)
	for k, v := range header {
		req.Header[k] = v
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func body(t *testing.T, resp *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

var refREs = []*regexp.Regexp{
	regexp.MustCompile(`(?i)<script\b[^>]*?\bsrc="([^"]*)"`),
	regexp.MustCompile(`(?i)<link\b[^>]*?\brel="stylesheet"[^>]*?\bhref="([^"]*)"`),
}

// refs returns the src and href of every script and stylesheet tag.
func refs(page string) []string {
	var out []string
	for _, re := range refREs {
		for _, m := range re.FindAllStringSubmatch(page, -1) {
			out = append(out, html.UnescapeString(m[1]))
		}
	}
	return out
}

func TestPage(t *testing.T) {
	h := Handler("peergraph API", "/graphql")
	resp := get(t, h, "/", nil)
	page := body(t, resp)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d", resp.StatusCode)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
		t.Errorf("Content-Type %q", ct)
	}
	if !strings.Contains(page, `data-endpoint="/graphql"`) {
		t.Errorf("page does not name the endpoint:\n%s", page)
	}
	if !strings.Contains(page, "<title>peergraph API</title>") {
		t.Errorf("page does not carry the title:\n%s", page)
	}
	if cc := resp.Header.Get("Cache-Control"); cc != "no-cache" {
		t.Errorf("page Cache-Control %q; it names asset hashes so must be revalidated", cc)
	}
	csp := resp.Header.Get("Content-Security-Policy")
	for _, want := range []string{"script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("CSP %q lacks %q", csp, want)
		}
	}
}

func TestPageEscapesInputs(t *testing.T) {
	h := Handler(`</title><script>alert(1)</script>`, `"><script>alert(2)</script>`)
	page := body(t, get(t, h, "/", nil))
	if strings.Contains(page, "<script>alert") {
		t.Errorf("title or endpoint reached the page unescaped:\n%s", page)
	}
}

func TestCrossOriginEndpointAllowedByCSP(t *testing.T) {
	h := Handler("x", "https://api.example.org:8443/graphql")
	csp := get(t, h, "/", nil).Header.Get("Content-Security-Policy")
	if !strings.Contains(csp, "connect-src 'self' https://api.example.org:8443") {
		t.Errorf("CSP %q would block the configured endpoint", csp)
	}
}

func TestPageLoadsNothingFromOutside(t *testing.T) {
	page := body(t, get(t, Handler("x", "/graphql"), "/", nil))
	rs := refs(page)
	if len(rs) != 5 {
		t.Fatalf("found %d script and stylesheet references, want 5; are the regexps stale?", len(rs))
	}
	for _, ref := range rs {
		u, err := url.Parse(ref)
		if err != nil {
			t.Errorf("unparsable reference %q", ref)
			continue
		}
		// Protocol-relative "//host/x" has no scheme but still leaves the server.
		if u.Scheme != "" || u.Host != "" || strings.HasPrefix(ref, "/") {
			t.Errorf("reference %q is not relative to the handler", ref)
		}
	}
	if regexp.MustCompile(`(?i)(src|href)="(https?:)?//`).MatchString(page) {
		t.Errorf("page contains an absolute URL in src/href:\n%s", page)
	}
}

// The embedded stylesheet must not pull fonts or images from elsewhere; JS
// cannot be checked mechanically (it contains plain links), see
// update-assets.sh for that review.
func TestStylesheetIsSelfContained(t *testing.T) {
	css := string(assets["graphiql.min.css"].data)
	for _, m := range regexp.MustCompile(`url\(\s*['"]?([^'")]*)`).FindAllStringSubmatch(css, -1) {
		if !strings.HasPrefix(m[1], "data:") {
			t.Errorf("graphiql.min.css loads %q", m[1])
		}
	}
	if strings.Contains(css, "@import") {
		t.Error("graphiql.min.css uses @import")
	}
}

// Every mount the package comment promises must serve the page and all the
// files it references.
func TestReferencedAssetsResolve(t *testing.T) {
	h := Handler("x", "/graphql")
	rootMux := http.NewServeMux()
	rootMux.Handle("/", h)
	prefixMux := http.NewServeMux()
	prefixMux.Handle("/graphiql/", http.StripPrefix("/graphiql", h))
	slashMux := http.NewServeMux()
	slashMux.Handle("/graphiql/", http.StripPrefix("/graphiql/", h))

	for _, tc := range []struct {
		name    string
		handler http.Handler
		pageURL string
	}{
		{"root", rootMux, "http://example.test/"},
		{"prefix", prefixMux, "http://example.test/graphiql/"},
		{"prefix with slash", slashMux, "http://example.test/graphiql/"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp := get(t, tc.handler, tc.pageURL, nil)
			page := body(t, resp)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("page: status %d", resp.StatusCode)
			}
			base, _ := url.Parse(tc.pageURL)
			for _, ref := range refs(page) {
				u, _ := url.Parse(ref)
				abs := base.ResolveReference(u).String()
				resp := get(t, tc.handler, abs, nil)
				content := body(t, resp)
				if resp.StatusCode != http.StatusOK {
					t.Errorf("%s: status %d", abs, resp.StatusCode)
					continue
				}
				ct := resp.Header.Get("Content-Type")
				if !strings.HasPrefix(ct, "text/javascript") && !strings.HasPrefix(ct, "text/css") {
					t.Errorf("%s: Content-Type %q", abs, ct)
				}
				if len(content) == 0 {
					t.Errorf("%s: empty body", abs)
				}
				if cc := resp.Header.Get("Cache-Control"); cc != immutable {
					t.Errorf("%s: Cache-Control %q for the hashed URL", abs, cc)
				}
			}
		})
	}
}

func TestRedirectsToTrailingSlash(t *testing.T) {
	// The prefix is stripped down to an empty path, so only the handler can
	// see that the browser's URL lacks the slash the relative URLs need.
	mux := http.NewServeMux()
	mux.Handle("/tools/graphiql", http.StripPrefix("/tools/graphiql", Handler("x", "/graphql")))
	resp := get(t, mux, "/tools/graphiql?x=1", nil)
	if resp.StatusCode != http.StatusMovedPermanently {
		t.Fatalf("status %d, want 301", resp.StatusCode)
	}
	if loc := resp.Header.Get("Location"); loc != "graphiql/?x=1" {
		t.Errorf("Location %q", loc)
	}
}

func TestNotFound(t *testing.T) {
	h := Handler("x", "/graphql")
	for _, p := range []string{
		"/assets/nope.js",
		"/assets/",
		"/assets/VERSIONS",
		"/assets/../init.js",
		"/page.html",
		"/init.js",
		"/elsewhere",
	} {
		if resp := get(t, h, p, nil); resp.StatusCode != http.StatusNotFound {
			t.Errorf("%s: status %d, want 404", p, resp.StatusCode)
		}
	}
}

func TestMethodNotAllowed(t *testing.T) {
	req := httptest.NewRequest(http.MethodPost, "/", strings.NewReader("{}"))
	rec := httptest.NewRecorder()
	Handler("x", "/graphql").ServeHTTP(rec, req)
	if rec.Code != http.StatusMethodNotAllowed || rec.Header().Get("Allow") != "GET, HEAD" {
		t.Errorf("status %d, Allow %q", rec.Code, rec.Header().Get("Allow"))
	}
}

func TestAssetCaching(t *testing.T) {
	h := Handler("x", "/graphql")
	a := assets["graphiql.min.js"]

	// A URL without the current hash must not be pinned in caches.
	resp := get(t, h, "/assets/graphiql.min.js", nil)
	if cc := resp.Header.Get("Cache-Control"); cc != "no-cache" {
		t.Errorf("unversioned URL: Cache-Control %q", cc)
	}
	etag := resp.Header.Get("ETag")
	if etag == "" {
		t.Fatal("no ETag")
	}
	resp = get(t, h, "/assets/graphiql.min.js?v="+a.version, http.Header{"If-None-Match": {etag}})
	if resp.StatusCode != http.StatusNotModified {
		t.Errorf("If-None-Match: status %d, want 304", resp.StatusCode)
	}
}

func TestAssetGzip(t *testing.T) {
	h := Handler("x", "/graphql")
	a := assets["graphiql.min.js"]
	resp := get(t, h, "/assets/graphiql.min.js", http.Header{"Accept-Encoding": {"br, gzip"}})
	raw := body(t, resp)
	if resp.Header.Get("Content-Encoding") != "gzip" {
		t.Fatalf("Content-Encoding %q", resp.Header.Get("Content-Encoding"))
	}
	if !strings.Contains(resp.Header.Get("Vary"), "Accept-Encoding") {
		t.Error("gzip response without Vary: Accept-Encoding")
	}
	if len(raw) >= len(a.data)/2 {
		t.Errorf("gzip body %d bytes for %d bytes of JS", len(raw), len(a.data))
	}
	zr, err := gzip.NewReader(strings.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	plain, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(plain, a.data) {
		t.Error("gzip body does not decompress to the asset")
	}
	if resp.Header.Get("ETag") == a.etag {
		t.Error("gzip representation shares the identity ETag")
	}

	resp = get(t, h, "/assets/graphiql.min.js", http.Header{"Accept-Encoding": {"gzip;q=0, identity"}})
	if resp.Header.Get("Content-Encoding") != "" || body(t, resp) != string(a.data) {
		t.Error("gzip;q=0 was not honoured")
	}
}

func TestAcceptsGzip(t *testing.T) {
	for header, want := range map[string]bool{
		"":                  false,
		"gzip":              true,
		"GZIP":              true,
		"deflate, gzip":     true,
		"gzip;q=0.5":        true,
		"gzip; q=0":         false,
		"gzip;q=0.0, br":    false,
		"br":                false,
		"x-gzip":            true,
		"identity;q=1, *;q": false,
	} {
		if got := acceptsGzip(header); got != want {
			t.Errorf("acceptsGzip(%q) = %v, want %v", header, got, want)
		}
	}
}
