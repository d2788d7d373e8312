package graph

// gqlgen reads gqlgen.yml's paths from the repository root.
//go:generate sh -c "cd .. && go tool gqlgen generate --config gqlgen.yml"
