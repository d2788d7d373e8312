package main

import (
	"context"
	"fmt"
	"math"
	"net"
	"net/http"
	"net/netip"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/vektah/gqlparser/v2/gqlerror"
	"golang.org/x/time/rate"

	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/graph"
)

// rateLimits give each caller a budget of cost (graph.Cost's units) per
// minute: a token's subject, an API key, or for the public the address the
// request comes from. A caller may spend a minute's budget at once and then
// earns it back evenly over the minute (a token bucket, x/time/rate). A
// request whose cost the budget does not hold is answered 429 with
// Retry-After, the seconds until it would; it costs nothing.
type rateLimits struct {
	perMinute, publicPerMinute int
	// trusted are the proxies whose X-Forwarded-For names the public
	// caller; a request from anywhere else is its own caller.
	trusted []netip.Prefix

	mu      sync.Mutex
	callers map[string]*callerBudget
	swept   time.Time
}

type callerBudget struct {
	lim  *rate.Limiter
	seen time.Time
}

// maxCallers bounds the callers kept at once (a budget left alone for a
// minute is full again, the same as a new one, and is dropped); beyond it,
// new callers share one budget, so a flood of addresses cannot grow memory.
const maxCallers = 100_000

func newRateLimits(perMinute, publicPerMinute int, trusted []netip.Prefix) *rateLimits {
	return &rateLimits{perMinute: perMinute, publicPerMinute: publicPerMinute, trusted: trusted, callers: map[string]*callerBudget{}}
}

// caller is who a request's budget belongs to.
func (l *rateLimits) caller(r *http.Request, p domain.Principal) (key string, public bool) {
	if p.Role != domain.RolePublic && p.Subject != "" {
		return "sub:" + p.Subject, false
	}
	return "ip:" + l.clientAddr(r), true
}

// clientAddr is the public caller's address: the peer's, or, when the peer
// is a trusted proxy, the nearest address in X-Forwarded-For that is not.
func (l *rateLimits) clientAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	addr, err := netip.ParseAddr(host)
	if err != nil || !l.isTrusted(addr) {
		return host
	}
	hops := strings.Split(strings.Join(r.Header.Values("X-Forwarded-For"), ","), ",")
	for i := len(hops) - 1; i >= 0; i-- {
		hop, err := netip.ParseAddr(strings.TrimSpace(hops[i]))
		if err != nil {
			break
		}
		if !l.isTrusted(hop) {
			return hop.String()
		}
	}
	return host
}

func (l *rateLimits) isTrusted(a netip.Addr) bool {
	for _, p := range l.trusted {
		if p.Contains(a.Unmap()) {
			return true
		}
	}
	return false
}

func (l *rateLimits) budget(key string, public bool, now time.Time) *rate.Limiter {
	l.mu.Lock()
	defer l.mu.Unlock()
	if now.Sub(l.swept) > time.Minute {
		for k, c := range l.callers {
			if now.Sub(c.seen) > time.Minute {
				delete(l.callers, k)
			}
		}
		l.swept = now
	}
	c, ok := l.callers[key]
	if !ok {
		if len(l.callers) >= maxCallers {
			key = "overflow"
			if c, ok = l.callers[key]; ok {
				c.seen = now
				return c.lim
			}
		}
		n := l.perMinute
		if public {
			n = l.publicPerMinute
		}
		c = &callerBudget{lim: rate.NewLimiter(rate.Limit(float64(n)/60), n)}
		l.callers[key] = c
	}
	c.seen = now
	return c.lim
}

// spend takes cost from the caller's budget, or says how long until the
// budget holds it (and takes nothing).
func (l *rateLimits) spend(key string, public bool, cost int, now time.Time) (wait time.Duration, ok bool) {
	lim := l.budget(key, public, now)
	res := lim.ReserveN(now, cost)
	if !res.OK() { // more than a minute's budget: the cost limit keeps this from happening
		return time.Minute, false
	}
	if d := res.DelayFrom(now); d > 0 {
		res.CancelAt(now)
		return d, false
	}
	return 0, true
}

// spent says whether the caller has nothing left at all, so that a flood is
// turned away before its query is even parsed.
func (l *rateLimits) spent(key string, public bool, now time.Time) (time.Duration, bool) {
	lim := l.budget(key, public, now)
	if lim.TokensAt(now) >= 1 {
		return 0, false
	}
	return time.Duration((1 - lim.TokensAt(now)) / float64(lim.Limit()) * float64(time.Second)), true
}

// rateLimitedCode is the error code of a request over its budget.
const rateLimitedCode = "RATE_LIMITED"

// budgetKey is the context key of a request's budget.
type budgetKey struct{}

// requestBudget is one request's caller and, once known, how long it must
// wait (the answer is then 429).
type requestBudget struct {
	key    string
	public bool
	mu     sync.Mutex
	wait   time.Duration
}

func (b *requestBudget) refuse(wait time.Duration) {
	b.mu.Lock()
	b.wait = max(wait, time.Second)
	b.mu.Unlock()
}

func (b *requestBudget) refused() time.Duration {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.wait
}

// middleware finds the caller (inside auth, which put them on the context),
// turns away one whose budget is spent, and answers 429 with Retry-After
// when the charge (made once the query's cost is known) refuses the
// request.
func (l *rateLimits) middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key, public := l.caller(r, domain.PrincipalFrom(r.Context()))
		now := time.Now()
		if wait, spent := l.spent(key, public, now); spent {
			writeRateLimited(w, wait, "this caller's budget is spent")
			return
		}
		// Reading the request is work whatever it asks: its bytes are
		// charged now, before they are read (a body without a length is
		// bounded by the body limit).
		if wait, ok := l.spend(key, public, 1+graph.TextCost(int(max(r.ContentLength, 0))+len(r.URL.RawQuery)), now); !ok {
			writeRateLimited(w, wait, "over this caller's budget")
			return
		}
		b := &requestBudget{key: key, public: public}
		next.ServeHTTP(&budgetWriter{ResponseWriter: w, b: b}, r.WithContext(context.WithValue(r.Context(), budgetKey{}, b)))
	})
}

// charge is graph.CostLimit's Charge: the request's cost from its
// caller's budget.
func (l *rateLimits) charge(ctx context.Context, cost int) *gqlerror.Error {
	b, _ := ctx.Value(budgetKey{}).(*requestBudget)
	if b == nil {
		return nil
	}
	wait, ok := l.spend(b.key, b.public, cost, time.Now())
	if ok {
		return nil
	}
	b.refuse(wait)
	err := gqlerror.Errorf("over this caller's budget of %d a minute: this operation costs %d; retry in %s",
		l.budgetOf(b.public), cost, retryAfter(wait)+"s")
	err.Extensions = map[string]any{"code": rateLimitedCode, "cost": cost, "retryAfter": retryAfterSeconds(wait)}
	return err
}

func (l *rateLimits) budgetOf(public bool) int {
	if public {
		return l.publicPerMinute
	}
	return l.perMinute
}

func retryAfterSeconds(d time.Duration) int { return int(math.Ceil(max(d, time.Second).Seconds())) }
func retryAfter(d time.Duration) string     { return strconv.Itoa(retryAfterSeconds(d)) }

func writeRateLimited(w http.ResponseWriter, wait time.Duration, why string) {
	w.Header().Set("Retry-After", retryAfter(wait))
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusTooManyRequests)
	fmt.Fprintf(w, `{"errors":[{"message":"%s; retry in %ss","extensions":{"code":%q,"retryAfter":%d}}]}`+"\n",
		why, retryAfter(wait), rateLimitedCode, retryAfterSeconds(wait))
}

// budgetWriter turns the answer of a request its budget refused into a
// 429 with Retry-After, whatever status the GraphQL transport chose.
type budgetWriter struct {
	http.ResponseWriter
	b           *requestBudget
	wroteHeader bool
}

func (w *budgetWriter) WriteHeader(code int) {
	if w.wroteHeader {
		return
	}
	w.wroteHeader = true
	if wait := w.b.refused(); wait > 0 {
		w.Header().Set("Retry-After", retryAfter(wait))
		code = http.StatusTooManyRequests
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *budgetWriter) Write(p []byte) (int, error) {
	if !w.wroteHeader {
		w.WriteHeader(http.StatusOK)
	}
	return w.ResponseWriter.Write(p)
}

func (w *budgetWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// perRequest charges every request of a plain route (the exports, which
// read a whole window's graph) a fixed cost, or answers 429. Nil limits
// charge nothing.
func (l *rateLimits) perRequest(cost int, next http.Handler) http.Handler {
	if l == nil {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key, public := l.caller(r, domain.PrincipalFrom(r.Context()))
		if wait, ok := l.spend(key, public, cost, time.Now()); !ok {
			writeRateLimited(w, wait, fmt.Sprintf("over this caller's budget of %d a minute: an export costs %d", l.budgetOf(public), cost))
			return
		}
		next.ServeHTTP(w, r)
	})
}
