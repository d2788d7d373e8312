package graph

import (
	"errors"

	"github.com/peergraph/peergraph/domain"
)

func asDomain(err error, target **domain.Error) bool { return errors.As(err, target) }
