package readmodel

import (
	"slices"

	"github.com/peergraph/peergraph/domain"
)

// What the questions share: the window, the rule of what it holds of a
// tie, and the neighbourhoods they walk.

// window is a domain.Window in the model's clock (unix nanoseconds).
type window struct{ since, until int64 }

func windowOf(w domain.Window) window {
	return window{since: w.Since.UnixNano(), until: w.Until.UnixNano()}
}

// tieIn is the one rule of what a window holds of a tie: TALKED_WITH keeps
// a pair's totals, not a time series, so a tie is in a window when its
// first and last acts span part of it, and it is conversational when it
// holds a reply, mention or quote (a repost alone is endorsement). A
// missing time is never in a window.
func (m *Model) tieIn(t int32, w window) bool {
	return m.tieLast[t] >= w.since && m.tieFirst[t] < w.until && m.tieConv[t] > 0
}

func (m *Model) chatIn(ch int32, w window) bool {
	s := m.chatStart[ch]
	return s != noStart && s >= w.since && s < w.until
}

// professionOf is coalesce(profession, 'unknown').
func (m *Model) professionOf(p int32) string {
	if i := m.profession[p]; i >= 0 {
		return m.professions.list[i]
	}
	return "unknown"
}

// rawProfession is the property itself, "" for none.
func (m *Model) rawProfession(p int32) string {
	if i := m.profession[p]; i >= 0 {
		return m.professions.list[i]
	}
	return ""
}

func (m *Model) other(t, p int32) int32 {
	if m.tieFrom[t] == p {
		return m.tieTo[t]
	}
	return m.tieFrom[t]
}

// inWindow is the part of an adjacency row (tie numbers, so latest lastAt
// first: see orderTiesByLast) whose ties were last used in the window or
// after: the ties past it cannot be in the window.
func (m *Model) inWindow(row []int32, w window) []int32 {
	n, _ := slices.BinarySearchFunc(row, w.since, func(t int32, since int64) int {
		if m.tieLast[t] >= since {
			return -1
		}
		return 1
	})
	return row[:n]
}

// partners are p's conversational partners in the window, either
// direction, not opted out, p left out; sorted, distinct.
func (m *Model) partners(p int32, w window) []int32 {
	var out []int32
	for _, adj := range [2]csr{m.out, m.in} {
		for _, t := range m.inWindow(adj.row(p), w) {
			if o := m.other(t, p); o != p && !m.optedOut[o] && m.tieIn(t, w) {
				out = append(out, o)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// countPartners counts p's partners as partners(p, w) lists them, and
// those of another profession, without a list per member: a community has
// thousands. sc.local marks a partner with the member who last counted it
// (its first mark in a call puts it in sc.nodes, for putScratch to clear).
func (m *Model) countPartners(sc *brokerScratch, p int32, w window) (partners, cross int) {
	own := m.professionOf(p)
	for _, adj := range [2]csr{m.out, m.in} {
		for _, t := range m.inWindow(adj.row(p), w) {
			o := m.other(t, p)
			if o == p || m.optedOut[o] || sc.local[o] == p || !m.tieIn(t, w) {
				continue
			}
			if sc.local[o] == -1 {
				sc.nodes = append(sc.nodes, o)
			}
			sc.local[o] = p
			partners++
			if m.professionOf(o) != own {
				cross++
			}
		}
	}
	return partners, cross
}

// answers counts the ties p made in the window (to anyone).
func (m *Model) answers(p int32, w window) int {
	n := 0
	for _, t := range m.inWindow(m.out.row(p), w) {
		if m.tieIn(t, w) {
			n++
		}
	}
	return n
}

func dedupe(xs []string) []string {
	out := slices.Clone(xs)
	slices.Sort(out)
	return slices.Compact(out)
}

func dedupe32(xs []int32) []int32 {
	slices.Sort(xs)
	return slices.Compact(xs)
}
