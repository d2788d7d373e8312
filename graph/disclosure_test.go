package graph

import (
	"slices"
	"testing"
)

func TestWithheldCellsComplementTheSmallOnes(t *testing.T) {
	for _, tt := range []struct {
		name   string
		people []int
		groups [][]int
		want   []bool
	}{
		{"none small", []int{9, 7, 5}, [][]int{{0, 1, 2}}, []bool{false, false, false}},
		{"one small: the next smallest too", []int{9, 2, 7, 6}, [][]int{{0, 1, 2, 3}}, []bool{false, true, false, true}},
		{"two small adding up under k: a third", []int{9, 1, 2, 6, 8}, [][]int{{0, 1, 2, 3, 4}}, []bool{false, true, true, true, false}},
		{"two small adding up to k: enough", []int{9, 2, 3, 6}, [][]int{{0, 1, 2, 3}}, []bool{false, true, true, false}},
		{"the only cell", []int{2}, [][]int{{0}}, []bool{true}},
		// A 2×2 matrix by rows and columns: hiding (0,1) for its row hides
		// (0,0); then column 0 has one hidden, so (1,0) goes too; and row
		// 1 then needs (1,1).
		{"rows and columns", []int{6, 1, 7, 8}, [][]int{{0, 1}, {2, 3}, {0, 2}, {1, 3}}, []bool{true, true, true, true}},
		{"k of 0 (an admin)", []int{1, 2}, [][]int{{0, 1}}, nil},
	} {
		k := 5
		if tt.want == nil {
			k, tt.want = 0, []bool{false, false}
		}
		if got := withheldCells(tt.people, tt.groups, k); !slices.Equal(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}
