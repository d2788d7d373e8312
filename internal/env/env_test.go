package env

import "testing"

func TestBoolParsesAsParseBool(t *testing.T) {
	for v, want := range map[string]bool{"1": true, "TRUE": true, "true": true, "t": true, "True": true,
		"0": false, "false": false, "FALSE": false, "f": false, " true ": true} {
		got, err := Bool(func(string) string { return v }, "X", !want)
		if err != nil || got != want {
			t.Errorf("%q = %v, %v; want %v", v, got, err, want)
		}
	}
	for _, v := range []string{"yes", "no", "on", "2", "enabled"} {
		if _, err := Bool(func(string) string { return v }, "PEERGRAPH_X", true); err == nil {
			t.Errorf("%q: no error", v)
		}
	}
	if got, err := Bool(func(string) string { return "" }, "X", true); err != nil || !got {
		t.Errorf("unset = %v, %v; want the default", got, err)
	}
}
