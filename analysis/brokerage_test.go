package analysis

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strconv"
	"testing"

	"github.com/peergraph/peergraph/analysis/analysistest"
	"github.com/peergraph/peergraph/domain"
)

type (
	edge            = analysistest.Edge
	referenceBroker = analysistest.Broker
)

var brokerageReference = analysistest.Brokerage

// BrokersBetween (the connectors count) agrees with the definition on
// random graphs: both orders of two groups, one group with itself, nodes
// without a group, self-ties and repeated ties; and its chains agree with
// ComputeBrokerage's for the same pair.
func TestBrokersBetweenAgreesWithDefinition(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 9))
	profs := []string{"nurse", "pharmacist", "doctor", ""}
	for round := range 300 {
		n := 2 + r.IntN(30)
		group := map[string]string{}
		b := NewBuilder()
		ids := make([]string, n)
		for i := range n {
			ids[i] = "p" + strconv.Itoa(i)
			group[ids[i]] = profs[r.IntN(len(profs))]
			b.AddNode(ids[i], group[ids[i]])
		}
		var edges []edge
		for range r.IntN(4 * n) {
			e := edge{From: ids[r.IntN(n)], To: ids[r.IntN(n)]}
			edges = append(edges, e)
			b.AddArc(e.From, e.To, 1)
		}
		g, err := b.Build()
		if err != nil {
			t.Fatal(err)
		}
		all, err := ComputeBrokerage(t.Context(), g)
		if err != nil {
			t.Fatal(err)
		}
		for _, pair := range [][2]string{{"nurse", "pharmacist"}, {"pharmacist", "nurse"}, {"nurse", "nurse"}, {"doctor", "wizard"}} {
			want := brokerageReference(edges, group, pair[0], pair[1])
			cls := make([]int32, g.N())
			for u := range cls {
				switch g.Group(u) {
				case "":
					cls[u] = -1
				case pair[0]:
					cls[u] = 0
				case pair[1]:
					cls[u] = 1
				default:
					cls[u] = -1
				}
			}
			var got []referenceBroker
			BrokersBetween(g.Compact(), cls, pair[0] == pair[1], func(br Broker) {
				x := int(br.Node)
				rb := referenceBroker{ID: g.IDs[x], Pairs: br.Pairs, PartnersA: br.PartnersA, PartnersB: br.PartnersB}
				if br.Chains > 0 {
					AddRoles(&rb.Roles, ClassifyRole(pair[0], group[g.IDs[x]], pair[1]), br.Chains)
				}
				got = append(got, rb)
				// The analysis counts the same chains.
				ga, okA := slices.BinarySearch(g.Groups, pair[0])
				gb, okB := slices.BinarySearch(g.Groups, pair[1])
				var roles domain.BrokerageRoles
				if okA && okB {
					for _, pr := range all.ByNode[x] {
						if pr.From == ga && pr.To == gb {
							roles = pr.Roles
						}
					}
				}
				if roles != rb.Roles {
					t.Errorf("round %d %v node %s: ComputeBrokerage %+v, BrokersBetween %+v", round, pair, rb.ID, roles, rb.Roles)
				}
			})
			slices.SortFunc(got, analysistest.Order)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("round %d %v: BrokersBetween = %+v\ndefinition %+v", round, pair, got, want)
			}
		}
	}
}
