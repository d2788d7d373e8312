package neo4jstore

// KeptStatements are the statements that keep their first plan (keepPlan),
// by name, for the tests of their plans in neo4jstore_test.
var KeptStatements = map[string]string{
	"mergeAccounts": mergeAccounts, "mergePosts": mergePosts, "createPosts": createPosts,
	"existingPosts": existingPosts, "linkTargets": linkTargets, "linkWaiting": linkWaiting,
	"inheritChats": inheritChats, "refreshProfessionals": refreshProfessionals,
	"deleteOrphans": deleteOrphans, "refreshChats": refreshChats, "fixLists": fixLists,
}

const KeepPlan = keepPlan
