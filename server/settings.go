package main

import (
	"flag"
	"fmt"
	"strconv"

	"github.com/peergraph/peergraph/internal/env"
)

// switchSetting is an on/off setting with a flag, an environment variable
// and a default that may depend on production: the flag wins, then the
// variable (parsed as strconv.ParseBool does; anything else stops the
// start-up), then the default.
type switchSetting struct {
	name, envKey, usage string
	set, value          bool
}

func (s *switchSetting) String() string   { return strconv.FormatBool(s.value) }
func (s *switchSetting) IsBoolFlag() bool { return true }
func (s *switchSetting) Set(v string) error {
	b, err := strconv.ParseBool(v)
	if err != nil {
		return fmt.Errorf("want true or false, got %q", v)
	}
	s.set, s.value = true, b
	return nil
}

// register adds the flag; the usage says where the default comes from.
func (s *switchSetting) register(fs *flag.FlagSet, def string) {
	fs.Var(s, s.name, fmt.Sprintf("%s (env %s; default %s)", s.usage, s.envKey, def))
}

// resolve settles the value once flags are parsed.
func (s *switchSetting) resolve(getenv func(string) string, def bool) (bool, error) {
	if s.set {
		return s.value, nil
	}
	v, err := env.Bool(getenv, s.envKey, def)
	s.value = v
	return v, err
}
