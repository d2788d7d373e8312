package dashboard

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
)

func TestServesPageAndHashedAssets(t *testing.T) {
	h := newHandler(fstest.MapFS{
		"dist/index.html":                 {Data: []byte(`<!doctype html><script type="module" src="/assets/index-abc123.js"></script>`)},
		"dist/assets/index-abc123.js":     {Data: []byte(`console.log("hi")`)},
		"dist/assets/index-abc123.js.map": {Data: []byte(`{}`)},
	})
	for _, tt := range []struct {
		path       string
		status     int
		typ, cache string
	}{
		{"/", 200, "text/html; charset=utf-8", "no-cache"},
		{"/assets/index-abc123.js", 200, "text/javascript; charset=utf-8", "public, max-age=31536000, immutable"},
		{"/assets/index-abc123.js.map", 404, "", ""},
		{"/assets/missing.js", 404, "", ""},
		{"/index.html", 404, "", ""},
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", tt.path, nil))
		if rec.Code != tt.status {
			t.Errorf("GET %s = %d, want %d", tt.path, rec.Code, tt.status)
			continue
		}
		if tt.status != 200 {
			continue
		}
		if got := rec.Header().Get("Content-Type"); got != tt.typ {
			t.Errorf("GET %s Content-Type = %q, want %q", tt.path, got, tt.typ)
		}
		if got := rec.Header().Get("Cache-Control"); got != tt.cache {
			t.Errorf("GET %s Cache-Control = %q, want %q", tt.path, got, tt.cache)
		}
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	csp := rec.Header().Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'none'", "script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("CSP %q lacks %q", csp, want)
		}
	}
	if strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "http") {
		t.Errorf("CSP %q allows inline code or another origin", csp)
	}
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/", nil))
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST / = %d", rec.Code)
	}
}

func TestExplainsHowToBuildWhenNotBuilt(t *testing.T) {
	h := newHandler(fstest.MapFS{"dist/BUILD.md": {Data: []byte("build me")}})
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), "make dashboard") {
		t.Errorf("GET / before the build = %d %q", rec.Code, rec.Body.String())
	}
}
