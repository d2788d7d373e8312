package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/peergraph/peergraph/domain"
)

// Dataloaders batch the keys that arrive within a short wait, which under
// load can split one list's keys over two batches. A resolver that returns
// a list therefore primes the loaders of the nested fields the query asks
// for, with all of the list's keys at once: one batch per field, always.

// selected returns the fields asked of the objects reached from the current
// field by following path (e.g. "nodes", or "edges" then "node"); with no
// path, the fields asked of the current field's own objects.
func selected(ctx context.Context, path ...string) map[string]bool {
	if !graphql.HasOperationContext(ctx) {
		return nil
	}
	fc := graphql.GetFieldContext(ctx)
	if fc == nil {
		return nil
	}
	oc := graphql.GetOperationContext(ctx)
	sets := []ast.SelectionSet{fc.Field.Selections}
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
	out := map[string]bool{}
	for _, set := range sets {
		for _, f := range graphql.CollectFields(oc, set, nil) {
			out[f.Name] = true
		}
	}
	return out
}

// primeProfessionals starts one batch per nested field asked of ps.
func primeProfessionals(ctx context.Context, ps []*domain.Professional, fields map[string]bool) {
	if len(ps) == 0 || len(fields) == 0 {
		return
	}
	ids := make([]string, len(ps))
	for i, p := range ps {
		ids[i] = p.ID
	}
	l := loaders(ctx)
	if fields["accounts"] {
		l.accounts.LoadMany(ctx, ids)
	}
	if fields["professions"] {
		l.professions.LoadMany(ctx, ids)
	}
	if fields["communities"] {
		l.communities.LoadMany(ctx, ids)
	}
}

// primeChats starts one batch per nested field asked of chats.
func primeChats(ctx context.Context, chats []*domain.Chat, fields map[string]bool) {
	if len(chats) == 0 || len(fields) == 0 {
		return
	}
	l := loaders(ctx)
	if fields["hosts"] {
		ids := make([]string, len(chats))
		for i, c := range chats {
			ids[i] = c.ID
		}
		l.hosts.LoadMany(ctx, ids)
	}
	if fields["community"] {
		var names []string
		for _, c := range chats {
			if c.CommunityName != "" {
				names = append(names, c.CommunityName)
			}
		}
		l.community.LoadMany(ctx, names)
	}
}

// mergeFields is the union of field sets, for a connection whose objects
// are reached both through nodes and through edges.
func mergeFields(sets ...map[string]bool) map[string]bool {
	out := map[string]bool{}
	for _, s := range sets {
		for k := range s {
			out[k] = true
		}
	}
	return out
}
