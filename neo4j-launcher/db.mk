# Make fragment for the embedded Neo4j; the top-level Makefile does `include neo4j-launcher/db.mk`.
# Targets: db (start, or say it is already running), db-stop, db-status.
# Settings come from the environment (PEERGRAPH_DB_DIR, PEERGRAPH_DB_PORT, ...; see README.md).

# Must be captured with := at include time: MAKEFILE_LIST grows with every later include.
NEO4J_LAUNCHER_DIR := $(abspath $(dir $(lastword $(MAKEFILE_LIST))))
# Included first, `db` would become the default goal; the saved goal is put back below.
NEO4J_LAUNCHER_GOAL := $(.DEFAULT_GOAL)

.PHONY: db db-stop db-status
db:
	bash '$(NEO4J_LAUNCHER_DIR)/db.sh' start

db-stop:
	bash '$(NEO4J_LAUNCHER_DIR)/db.sh' stop

db-status:
	bash '$(NEO4J_LAUNCHER_DIR)/db.sh' status

.DEFAULT_GOAL := $(NEO4J_LAUNCHER_GOAL)
