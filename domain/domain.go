// Package domain holds peergraph's types in the users' words: professionals,
// their accounts and professions, communities and their chats. The GraphQL
// layer binds these types directly (gqlgen autobind) and the Neo4j adapter
// fills them, so there is one definition of each and no second model layer.
package domain
