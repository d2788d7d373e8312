package graph

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/peergraph/peergraph/domain"
)

// now is the request's clock: read once per operation (so that every field
// of a request has the same default window, and so the same loader keys),
// from Resolver.Now when set so that tests pin default windows.
func (r *Resolver) now(ctx context.Context) time.Time {
	if r.Now != nil {
		return r.Now()
	}
	if l, ok := ctx.Value(loadersKey{}).(*Loaders); ok {
		return l.now
	}
	return time.Now()
}

// defaultUntil is where the operation's windows end when given no until
// (domain.WindowEnd): found once per operation, so that every field of a
// request reads the same window even if the model moves meanwhile.
func (r *Resolver) defaultUntil(ctx context.Context) (time.Time, error) {
	end := func() (time.Time, error) {
		newest, err := r.Questions.NewestChatEnd(ctx)
		if err != nil {
			return time.Time{}, err
		}
		return domain.WindowEnd(newest, r.now(ctx)), nil
	}
	l, ok := ctx.Value(loadersKey{}).(*Loaders)
	if !ok {
		return end()
	}
	l.untilOnce.Do(func() { l.until, l.untilErr = end() })
	return l.until, l.untilErr
}

// questionWindow is a window with its defaults: until the day after the
// newest chat (domain.WindowEnd), since 180 days before until.
func (r *Resolver) questionWindow(ctx context.Context, since, until *time.Time) (domain.Window, error) {
	w, err := window(since, until)
	if err != nil {
		return w, err
	}
	if w.Until.IsZero() {
		if w.Until, err = r.defaultUntil(ctx); err != nil {
			return w, err
		}
	}
	if w.Since.IsZero() {
		w.Since = w.Until.Add(-domain.DefaultWindow)
	}
	if !w.Until.After(w.Since) {
		return w, &domain.Error{Code: domain.EINVALID, Field: "since",
			Message: fmt.Sprintf("since: must be before until (%s; by default the day after the newest chat)", w.Until.Format(time.RFC3339))}
	}
	return w, nil
}

// professionalID resolves a handle argument to a professional, or an error
// naming the argument: a question about someone unknown is not a null.
func (r *Resolver) professionalID(ctx context.Context, field, handle string) (*domain.Professional, error) {
	p, err := r.Questions.ProfessionalByHandle(ctx, handle)
	if err != nil {
		var de *domain.Error
		if ok := asDomain(err, &de); ok && de.Field == "handle" && field != "handle" {
			cp := *de
			cp.Field = field
			cp.Message = field + strings.TrimPrefix(de.Message, "handle")
			return nil, &cp
		}
		return nil, err
	}
	if p == nil {
		return nil, &domain.Error{Code: domain.ENOTFOUND, Field: field,
			Message: fmt.Sprintf("%s: no professional has the handle %q", field, handle)}
	}
	return p, nil
}

// professions resolves a list of profession arguments.
func (r *Resolver) professionList(field string, names []string) ([]string, error) {
	var out []string
	for _, n := range names {
		c, err := r.profession(field, &n)
		if err != nil {
			return nil, err
		}
		if c != "" && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out, nil
}

// requiredProfession is a profession argument that must be given.
func (r *Resolver) requiredProfession(field, name string) (string, error) {
	c, err := r.profession(field, &name)
	if err == nil && c == "" {
		err = &domain.Error{Code: domain.EINVALID, Field: field, Message: field + ": must name a profession"}
	}
	return c, err
}

// windowKey makes a loader key from a parent's id and the arguments its
// field was asked with, so that one batch serves one set of arguments.
func windowKey(id string, w domain.Window) string {
	return w.Since.Format(time.RFC3339Nano) + "|" + w.Until.Format(time.RFC3339Nano) + "|" + id
}

func splitWindowKey(key string) (domain.Window, string) {
	parts := strings.SplitN(key, "|", 3)
	since, _ := time.Parse(time.RFC3339Nano, parts[0])
	until, _ := time.Parse(time.RFC3339Nano, parts[1])
	return domain.Window{Since: since, Until: until}, parts[2]
}

// windowed adapts a batch method taking ids and a window to windowKey keys:
// the keys of one batch are grouped by window, one store call per window
// (in practice one, since a query asks one window of a list).
func windowed[V any](batch func(context.Context, []string, domain.Window) (map[string]V, error)) func(context.Context, []string) (map[string]V, error) {
	return func(ctx context.Context, keys []string) (map[string]V, error) {
		groups := map[domain.Window][]string{}
		var order []domain.Window
		for _, k := range keys {
			w, id := splitWindowKey(k)
			if _, ok := groups[w]; !ok {
				order = append(order, w)
			}
			groups[w] = append(groups[w], id)
		}
		out := make(map[string]V, len(keys))
		for _, w := range order {
			found, err := batch(ctx, groups[w], w)
			if err != nil {
				return nil, err
			}
			for id, v := range found {
				out[windowKey(id, w)] = v
			}
		}
		return out, nil
	}
}

func partnerCursor(p *domain.Partner) string {
	return domain.EncodeCursor(strconv.Itoa(p.Acts()), p.Professional.ID)
}

// firstOr reads a first argument with a default and the page bound.
func firstOr(first *int, def int) (int, error) {
	p, err := page(first, nil)
	if first == nil {
		p.First = def
	}
	return p.First, err
}

// MaxPathHops bounds path's maxHops (the store's pattern bound).
const MaxPathHops = 6
