package domain

import "testing"

func TestPageOf(t *testing.T) {
	items := []string{"a", "b", "c", "d", "e"}
	cursor := func(s string) string { return EncodeCursor("0", s) }
	page1, info, err := PageOf(items, Page{First: 2}, cursor)
	if err != nil || len(page1) != 2 || page1[1] != "b" || !info.HasNextPage || *info.EndCursor != cursor("b") {
		t.Fatalf("page 1 = %v %+v %v", page1, info, err)
	}
	page3, info, _ := PageOf(items, Page{First: 2, After: cursor("d")}, cursor)
	if len(page3) != 1 || page3[0] != "e" || info.HasNextPage {
		t.Errorf("last page = %v %+v", page3, info)
	}
	if _, _, err := PageOf(items, Page{First: 2, After: "junk"}, cursor); ErrorCode(err) != EINVALID {
		t.Errorf("junk cursor: %v", err)
	}
}
