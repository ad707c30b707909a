#!/usr/bin/env bash
# Builds and lints the Bicep with the CLI from NuGet (infra/tools/BicepTools.csproj), failing on any
# diagnostic, warning included; then checks main.parameters.json against the template and that the
# compiled template asks for no storage key. Run from anywhere: bash infra/check.sh
set -euo pipefail
infra="$(cd "$(dirname "$0")" && pwd)"
tools="$infra/tools/BicepTools.csproj"
package_property=PkgAzure_Bicep_CommandLine_linux-x64

echo "== Bicep CLI from NuGet"
dotnet restore "$tools" --nologo --verbosity quiet
package_dir=$(dotnet msbuild "$tools" -nologo "-getProperty:$package_property")
bicep="$package_dir/tools/bicep"
if [[ -z "$package_dir" || ! -f "$bicep" ]]; then
  echo "Bicep CLI not found (package folder '$package_dir')." >&2
  exit 1
fi
# NuGet does not keep the executable bit on extracted files everywhere.
chmod +x "$bicep"
"$bicep" --version

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0

# Runs one bicep command, its output to a file; any line on stderr is a diagnostic and fails the check.
run_bicep() {
  local name=$1 output=$2; shift 2
  echo "== bicep $name"
  local status=0
  "$bicep" "$@" >"$output" 2>"$work/$name.err" || status=$?
  if [[ $status -ne 0 || -s "$work/$name.err" ]]; then
    cat "$work/$name.err" >&2
    echo "bicep $name: failed (exit $status, $(wc -l <"$work/$name.err") diagnostic lines)" >&2
    failed=1
  fi
}

run_bicep build "$work/main.json" build "$infra/main.bicep" --stdout
run_bicep lint "$work/lint.out" lint "$infra/main.bicep"
# lint has nothing to say when clean, on either stream.
if [[ -s "$work/lint.out" ]]; then
  cat "$work/lint.out" >&2
  failed=1
fi
if [[ $failed -ne 0 ]]; then
  exit 1
fi

echo "== main.parameters.json against the template; no keys in the template"
python3 - "$work/main.json" "$infra/main.parameters.json" <<'PY'
import json, re, sys
template = json.load(open(sys.argv[1]))
parameters = json.load(open(sys.argv[2]))["parameters"]
declared = template["parameters"]
problems = [f"main.parameters.json sets '{n}', which main.bicep does not declare" for n in parameters if n not in declared]
problems += [f"main.bicep requires '{n}', which main.parameters.json does not set"
             for n, p in declared.items() if "defaultValue" not in p and n not in parameters]
# Secrets come only from azd environment variables, never as literals in the file.
problems += [f"secure parameter '{n}' must come from an environment variable"
             for n, p in declared.items()
             if p["type"].startswith("secure") and n in parameters
             and not re.fullmatch(r"\$\{[A-Z0-9_]+\}", str(parameters[n].get("value", "")))]
text = json.dumps(template)
problems += [f"the template uses {w}: identity-based access only" for w in ("listKeys(", "AccountKey=", "InstrumentationKey=") if w in text]
for p in problems:
    print(p, file=sys.stderr)
sys.exit(1 if problems else 0)
PY
echo "infra: build and lint clean"
