package readmodel

import (
	"github.com/peergraph/peergraph/domain"
	"github.com/peergraph/peergraph/scoring"
)

// IsolationEvidence is the evidence IsolatedMembers reads for a
// community's members, at least chunk members to a goroutine: a test can
// ask the split the question takes on communities larger than any small
// world's.
func (m *Model) IsolationEvidence(community string, w domain.Window, chunk int) []scoring.MemberStats {
	ci, ok := m.communities.lookup(community)
	if !ok {
		return nil
	}
	var out []scoring.MemberStats
	for _, e := range m.membersEvidence(m.members.row(ci), ci, windowOf(w), false, chunk) {
		out = append(out, e.stats)
	}
	return out
}
