package graph

import (
	"context"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/peergraph/peergraph/domain"
)

// Dataloaders batch the keys that arrive within a short wait, which under
// load can split one list's keys over two batches. A resolver that returns
// a list therefore primes the loaders of the nested fields the query asks
// for: it asks the store once per field for all of the list's keys (the
// fields concurrently) and puts the answers in the loaders' caches, so the
// nested resolvers find them there. One round trip per field, always.

// fieldSet is the fields asked of some objects, by name, with their arguments.
type fieldSet map[string]graphql.CollectedField

func (f fieldSet) has(name string) bool { _, ok := f[name]; return ok }

// selected returns the fields asked of the objects reached from the current
// field by following path (e.g. "nodes", or "edges" then "node"); with no
// path, the fields asked of the current field's own objects.
func selected(ctx context.Context, path ...string) fieldSet {
	if !graphql.HasOperationContext(ctx) {
		return nil
	}
	fc := graphql.GetFieldContext(ctx)
	if fc == nil {
		return nil
	}
	return selectedFrom(graphql.GetOperationContext(ctx), []ast.SelectionSet{fc.Field.Selections}, path...)
}

func selectedFrom(oc *graphql.OperationContext, sets []ast.SelectionSet, path ...string) fieldSet {
	for _, step := range path {
		var next []ast.SelectionSet
		for _, set := range sets {
			for _, f := range graphql.CollectFields(oc, set, nil) {
				if f.Name == step {
					next = append(next, f.Selections)
				}
			}
		}
		sets = next
	}
	out := fieldSet{}
	for _, set := range sets {
		for _, f := range graphql.CollectFields(oc, set, nil) {
			out[f.Name] = f
		}
	}
	return out
}

// args reads a collected field's arguments with the request's variables.
func args(ctx context.Context, f graphql.CollectedField) map[string]any {
	return f.ArgumentMap(graphql.GetOperationContext(ctx).Variables)
}

func argTime(a map[string]any, name string) *time.Time {
	switch v := a[name].(type) {
	case time.Time:
		return &v
	case *time.Time:
		return v
	case string:
		if t, err := time.Parse(time.RFC3339Nano, v); err == nil {
			return &t
		}
	}
	return nil
}

func argInt(a map[string]any, name string) *int {
	switch v := a[name].(type) {
	case int:
		return &v
	case int64:
		n := int(v)
		return &n
	case *int:
		return v
	}
	return nil
}

func argString(a map[string]any, name string) *string {
	switch v := a[name].(type) {
	case string:
		return &v
	case *string:
		return v
	}
	return nil
}

// primeOne asks the store for keys and fills a loader's cache with the
// answers (an absent key gets the zero value, as a batch would give). On an
// error nothing is primed: the nested resolvers ask again and report it.
func primeOne[V any](ctx context.Context, wg *sync.WaitGroup, keys []string,
	batch func(context.Context, []string) (map[string]V, error), prime func(string, V)) {
	wg.Go(func() {
		found, err := batch(ctx, keys)
		if err != nil {
			return
		}
		for _, k := range keys {
			prime(k, found[k])
		}
	})
}

// primeProfessionals fills the loaders of the nested fields asked of ps,
// each with one store call for all of ps, and then those of the partners
// and chats that brings.
func (r *Resolver) primeProfessionals(ctx context.Context, ps []*domain.Professional, fields fieldSet) {
	if len(ps) == 0 || len(fields) == 0 || !graphql.HasOperationContext(ctx) {
		return
	}
	ids := make([]string, len(ps))
	for i, p := range ps {
		ids[i] = p.ID
	}
	l := loaders(ctx)
	var wg sync.WaitGroup
	if fields.has("accounts") {
		primeOne(ctx, &wg, ids, r.Questions.AccountsOf, func(k string, v []*domain.Account) { l.accounts.Prime(ctx, k, v) })
	}
	if fields.has("professions") || fields.has("communities") {
		primeOne(ctx, &wg, ids, r.Questions.ProfessionsAndCommunitiesOf, func(k string, v *domain.ProfessionsAndCommunities) {
			l.professionsAndCommunities.Prime(ctx, k, v)
		})
	}
	var partners map[string][]*domain.Partner
	var partnerPage domain.Page
	var partnerFields fieldSet
	if f, ok := fields["partners"]; ok {
		a := args(ctx, f)
		w, err := r.questionWindow(ctx, argTime(a, "since"), argTime(a, "until"))
		p, perr := page(argInt(a, "first"), argString(a, "after"))
		if err == nil && perr == nil {
			partnerPage = p
			oc := graphql.GetOperationContext(ctx)
			partnerFields = mergeFields(
				selectedFrom(oc, []ast.SelectionSet{f.Selections}, "nodes", "professional"),
				selectedFrom(oc, []ast.SelectionSet{f.Selections}, "edges", "node", "professional"))
			wg.Go(func() {
				found, err := r.Questions.PartnersOf(ctx, ids, w)
				if err != nil {
					return
				}
				partners = found
				for _, id := range ids {
					l.partners.Prime(ctx, windowKey(id, w), found[id])
				}
			})
		}
	}
	var chats map[string][]*domain.Chat
	var chatFields fieldSet
	if f, ok := fields["chats"]; ok {
		a := args(ctx, f)
		if w, err := r.questionWindow(ctx, argTime(a, "since"), argTime(a, "until")); err == nil {
			oc := graphql.GetOperationContext(ctx)
			chatFields = mergeFields(
				selectedFrom(oc, []ast.SelectionSet{f.Selections}, "nodes"),
				selectedFrom(oc, []ast.SelectionSet{f.Selections}, "edges", "node"))
			wg.Go(func() {
				found, err := r.Questions.ChatsOf(ctx, ids, w)
				if err != nil {
					return
				}
				chats = found
				for _, id := range ids {
					l.chats.Prime(ctx, windowKey(id, w), found[id])
				}
			})
		}
	}
	wg.Wait()
	// The next level: the partners' own fields, the chats' fields.
	if partners != nil && len(partnerFields) > 0 {
		seen := map[string]bool{}
		var next []*domain.Professional
		for _, id := range ids {
			pg, _, err := domain.PageOf(partners[id], partnerPage, partnerCursor)
			if err != nil {
				continue
			}
			for _, p := range pg {
				if !seen[p.Professional.ID] {
					seen[p.Professional.ID] = true
					next = append(next, p.Professional)
				}
			}
		}
		r.primeProfessionals(ctx, next, partnerFields)
	}
	if chats != nil && len(chatFields) > 0 {
		seen := map[string]bool{}
		var next []*domain.Chat
		for _, id := range ids {
			for _, c := range chats[id] {
				if !seen[c.ID] {
					seen[c.ID] = true
					next = append(next, c)
				}
			}
		}
		r.primeChats(ctx, next, chatFields)
	}
}

// primeChats fills the loaders of the nested fields asked of chats.
func (r *Resolver) primeChats(ctx context.Context, chats []*domain.Chat, fields fieldSet) {
	if len(chats) == 0 || len(fields) == 0 || !graphql.HasOperationContext(ctx) {
		return
	}
	l := loaders(ctx)
	ids := make([]string, len(chats))
	for i, c := range chats {
		ids[i] = c.ID
	}
	var wg sync.WaitGroup
	var hosts map[string][]*domain.Professional
	if fields.has("hosts") {
		wg.Go(func() {
			found, err := r.Questions.HostsOf(ctx, ids)
			if err != nil {
				return
			}
			hosts = found
			for _, id := range ids {
				l.hosts.Prime(ctx, id, found[id])
			}
		})
	}
	if fields.has("summary") {
		primeOne(ctx, &wg, ids, r.Questions.ChatSummaries, func(k string, v *domain.ChatSummary) { l.summary.Prime(ctx, k, v) })
	}
	if fields.has("community") {
		seen := map[string]bool{}
		var names []string
		for _, c := range chats {
			if c.CommunityName != "" && !seen[c.CommunityName] {
				seen[c.CommunityName] = true
				names = append(names, c.CommunityName)
			}
		}
		if len(names) > 0 {
			primeOne(ctx, &wg, names, r.Questions.CommunitiesByName, func(k string, v *domain.Community) { l.community.Prime(ctx, k, v) })
		}
	}
	wg.Wait()
	if hosts != nil {
		oc := graphql.GetOperationContext(ctx)
		seen := map[string]bool{}
		var next []*domain.Professional
		for _, hs := range hosts {
			for _, h := range hs {
				if !seen[h.ID] {
					seen[h.ID] = true
					next = append(next, h)
				}
			}
		}
		r.primeProfessionals(ctx, next, selectedFrom(oc, []ast.SelectionSet{fields["hosts"].Selections}))
	}
}

// mergeFields is the union of field sets, for a connection whose objects
// are reached both through nodes and through edges.
func mergeFields(sets ...fieldSet) fieldSet {
	out := fieldSet{}
	for _, s := range sets {
		for k, v := range s {
			if _, ok := out[k]; !ok {
				out[k] = v
			}
		}
	}
	return out
}
