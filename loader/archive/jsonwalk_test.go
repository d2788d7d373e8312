package archive

import (
	"math/rand/v2"
	"testing"
)

// skipStringByBytes is skipString as the JSON grammar says it, a byte at a
// time: a backslash escapes the byte after it.
func skipStringByBytes(raw []byte, i int) (int, bool) {
	for j := i + 1; j < len(raw); j++ {
		switch raw[j] {
		case '\\':
			j++
		case '"':
			return j + 1, true
		}
	}
	return len(raw), false
}

func TestSkipString(t *testing.T) {
	cases := []struct {
		raw  string
		end  int
		done bool
	}{
		{`"abc",`, 5, true},
		{`"a\"b",`, 6, true},
		{`"a\\",`, 5, true},
		{`"a\\\"b",`, 8, true},
		{`"\\\\"x`, 6, true},
		{`""`, 2, true},
		{`"abc\"`, 6, false},
		{`"abc\`, 5, false},
		{`"abc`, 4, false},
	}
	for _, c := range cases {
		if end, done := skipString([]byte(c.raw), 0); end != c.end || done != c.done {
			t.Errorf("skipString(%s) = %d, %v; want %d, %v", c.raw, end, done, c.end, c.done)
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for n := 0; n < 100000; n++ {
		raw := make([]byte, 1+rng.IntN(12))
		for i := range raw {
			raw[i] = `"\a`[rng.IntN(3)]
		}
		raw[0] = '"'
		e1, ok1 := skipString(raw, 0)
		e2, ok2 := skipStringByBytes(raw, 0)
		if e1 != e2 || ok1 != ok2 {
			t.Fatalf("skipString(%s) = %d, %v; byte by byte %d, %v", raw, e1, ok1, e2, ok2)
		}
	}
}
