# Workflows — build, test and run. `make help` lists the targets.
DOTNET  ?= dotnet
CONFIG  ?= Release
RESULTS := .test-results
CLI     := src/Workflows.Cli/bin/$(CONFIG)/net10.0/workflows.dll

.PHONY: help tools build format test test-at test-reliability bench bench-server bench-quick run run-rabbit validate lint index openapi clean db db-stop rabbit rabbit-stop

help:
	@echo "make build     compile everything"
	@echo "make run       the server on the embedded default (local PostgreSQL, in-memory bus; WORKFLOWS_URL, default http://127.0.0.1:5080)"
	@echo "make run-rabbit  the server with the local RabbitMQ as its bus"
	@echo "make format    apply the code style (make test fails on code it would change)"
	@echo "make test      run all tests, the reliability suite included (results in $(RESULTS)/)"
	@echo "make test-at MOMENT=2026-12-31T23:59:00+07:00  the core, CLI and server tests with their clocks started at MOMENT"
	@echo "make test-reliability  only the reliability suite: nodes killed, outages, hostile input; prints its invariants"
	@echo "make bench     the benchmark: the real server driven over HTTP, figures against targets (bench-results/)"
	@echo "make bench-quick  the short version of the benchmark"
	@echo "make validate  workflows validate workflows/"
	@echo "make lint      workflows lint workflows/"
	@echo "make index     regenerate the definition index in workflows/README.md"
	@echo "make openapi   write the served OpenAPI document to src/Workflows.Client/openapi/v1.json (the client's contract)"
	@echo "make db        start the local PostgreSQL (.local/postgres; deploy/local/postgres.sh url|psql|status)"
	@echo "make db-stop   stop the local PostgreSQL"
	@echo "make rabbit    start the local RabbitMQ (.local/rabbitmq; deploy/local/rabbitmq.sh url|status)"
	@echo "make rabbit-stop  stop the local RabbitMQ"

# Installs or checks what the build needs on this machine.
tools:
	@deploy/local/ensure-tools.sh

build: tools
	$(DOTNET) build Workflows.sln -c $(CONFIG) -nologo -v:q

# Applies the .editorconfig's formatting and code style (make test checks that nothing is left to apply).
format:
	$(DOTNET) format Workflows.sln -v q

# Test projects run one after another (-m:1): the reliability suite stops and starts the shared PostgreSQL and RabbitMQ.
# Then the core, CLI and server tests run again with their clocks started at moments that catch a dependence on the hour,
# the weekday or the date: a Friday before noon, a Saturday, the eve of a cuti bersama, the last minute of the year (WIB).
TEST_MOMENTS := 2026-12-04T11:45:00+07:00 2026-12-05T10:00:00+07:00 2026-12-23T14:00:00+07:00 2026-12-31T23:59:00+07:00

test: build db rabbit
	rm -rf $(RESULTS)
	status=0; \
	echo "== dotnet format --verify-no-changes (make format fixes what it finds)"; \
	$(DOTNET) format Workflows.sln --verify-no-changes --no-restore -v q || status=1; \
	$(DOTNET) test Workflows.sln -c $(CONFIG) --no-build -nologo -m:1 \
		--logger "trx" --logger "console;verbosity=normal" --results-directory $(RESULTS) || status=1; \
	for moment in $(TEST_MOMENTS); do \
		echo "== core, CLI and server tests with the clock started at $$moment"; \
		for project in tests/Workflows.Core.Tests tests/Workflows.Cli.Tests tests/Workflows.Api.Tests; do \
			WORKFLOWS_TEST_NOW=$$moment $(DOTNET) test $$project -c $(CONFIG) --no-build -nologo \
				--logger "trx;LogFilePrefix=at-$${moment%%T*}" --logger "console;verbosity=minimal" --results-directory $(RESULTS) || status=1; \
		done; \
	done; \
	exit $$status

# The core, CLI and server tests once, with their clocks started at MOMENT (ISO 8601 with offset).
test-at: build db rabbit
	WORKFLOWS_TEST_NOW=$(MOMENT) $(DOTNET) test tests/Workflows.Core.Tests -c $(CONFIG) --no-build -nologo
	WORKFLOWS_TEST_NOW=$(MOMENT) $(DOTNET) test tests/Workflows.Cli.Tests -c $(CONFIG) --no-build -nologo
	WORKFLOWS_TEST_NOW=$(MOMENT) $(DOTNET) test tests/Workflows.Api.Tests -c $(CONFIG) --no-build -nologo

test-reliability: build db rabbit
	$(DOTNET) test tests/Workflows.Reliability.Tests -c $(CONFIG) --no-build -nologo \
		--logger "trx" --logger "console;verbosity=normal" --results-directory $(RESULTS)

BENCH := tests/Workflows.Benchmarks/bin/$(CONFIG)/net10.0/workflows-bench.dll

# The benchmark starts the server as a deployment runs it: published ReadyToRun for linux-x64 (the lock files hold
# that graph, so the restore stays locked), which spares the JIT most of its start-up work.
BENCH_SERVER := .local/bench-server

bench-server: build
	$(DOTNET) publish src/Workflows.Api -c $(CONFIG) -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
		-p:RestoreLockedMode=true -o $(BENCH_SERVER) -nologo -v:q

bench: bench-server db
	WORKFLOWS_SERVER_BIN=$(BENCH_SERVER) $(DOTNET) $(BENCH)

bench-quick: bench-server db
	WORKFLOWS_SERVER_BIN=$(BENCH_SERVER) $(DOTNET) $(BENCH) --quick

run: build db
	@CONFIG=$(CONFIG) deploy/local/run.sh

run-rabbit: build db rabbit
	@Workflows__Bus__RabbitMq=$$(deploy/local/rabbitmq.sh url) CONFIG=$(CONFIG) deploy/local/run.sh

validate: build
	$(DOTNET) $(CLI) validate workflows/

lint: build
	$(DOTNET) $(CLI) lint workflows/

# Rewrites the generated part of workflows/README.md (between the index markers).
index: build
	@$(DOTNET) $(CLI) index workflows/ > .index.tmp
	@sed -e '/<!-- index:start -->/,$$d' workflows/README.md > .readme.tmp
	@{ cat .readme.tmp; echo '<!-- index:start -->'; cat .index.tmp; echo '<!-- index:end -->'; } > workflows/README.md
	@rm -f .index.tmp .readme.tmp

# Rewrites the committed OpenAPI contract with the document the server serves (a test server on a fresh database writes
# it); the next build regenerates the .NET client from it. The API tests fail while the two differ.
openapi: build db
	WORKFLOWS_OPENAPI_WRITE=1 $(DOTNET) test tests/Workflows.Api.Tests -c $(CONFIG) --no-build -nologo \
		--filter "FullyQualifiedName~Workflows.Api.Tests.Client.OpenApiDocumentTests"

# A project-local PostgreSQL cluster (installed with apt if missing); port WORKFLOWS_PG_PORT, default 55432.
db:
	@deploy/local/postgres.sh start

db-stop:
	@deploy/local/postgres.sh stop

# A project-local RabbitMQ node (installed with apt if missing); port WORKFLOWS_RABBITMQ_PORT, default 56720.
rabbit:
	@deploy/local/rabbitmq.sh start

rabbit-stop:
	@deploy/local/rabbitmq.sh stop

clean:
	rm -rf $(RESULTS) src/*/bin src/*/obj tests/*/bin tests/*/obj
