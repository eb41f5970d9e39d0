# Workflows — build, test and run. `make help` lists the targets.
DOTNET  ?= dotnet
CONFIG  ?= Release
RESULTS := .test-results
CLI     := src/Workflows.Cli/bin/$(CONFIG)/net10.0/workflows.dll

.PHONY: help tools build test validate lint clean

help:
	@echo "make build     compile everything"
	@echo "make test      run all tests (results in $(RESULTS)/)"
	@echo "make validate  workflows validate workflows/"
	@echo "make lint      workflows lint workflows/"

# Installs or checks what the build needs on this machine.
tools:
	@deploy/local/ensure-tools.sh

build: tools
	$(DOTNET) build Workflows.sln -c $(CONFIG) -nologo -v:q

test: build
	rm -rf $(RESULTS)
	$(DOTNET) test Workflows.sln -c $(CONFIG) --no-build -nologo \
		--logger "trx" --logger "console;verbosity=normal" --results-directory $(RESULTS)

validate: build
	$(DOTNET) $(CLI) validate workflows/

lint: build
	$(DOTNET) $(CLI) lint workflows/

clean:
	rm -rf $(RESULTS) src/*/bin src/*/obj tests/*/bin tests/*/obj
