#!/usr/bin/env bash
# Builds the packages into a local feed, for installing without a published package (docs/getting-started-cli.md, "Install"):
#   ./artifacts/feed                        MedPay.Rules, MedPay.Rules.Workbooks (libraries) and MedPay.Rules.Cli (the medpay tool)
#   ./artifacts/MedPay.Rules.PowerShell     the PowerShell module folder (copy it into a folder of $env:PSModulePath)
# Usage: build/pack-local.sh [output folder, default ./artifacts]. Needs the .NET SDK (8 or later). Tested by LocalFeedTests.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$(mkdir -p "${1:-$root/artifacts}" && cd "${1:-$root/artifacts}" && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
for project in MedPay.Rules MedPay.Rules.Workbooks MedPay.Rules.Cli; do
  dotnet pack "$root/src/$project/$project.csproj" -c Release -o "$out/feed" -nodeReuse:false
done
rm -rf "$out/MedPay.Rules.PowerShell"
dotnet publish "$root/src/MedPay.Rules.PowerShell/MedPay.Rules.PowerShell.csproj" -c Release -o "$out/MedPay.Rules.PowerShell" -nodeReuse:false
echo "packages: $out/feed"
ls "$out/feed"
echo "PowerShell module: $out/MedPay.Rules.PowerShell"
