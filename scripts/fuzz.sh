#!/bin/sh
# Runs a libFuzzer target for some minutes: scripts/fuzz.sh front-end|bundle-loader|diff|response-replay MINUTES (0 only builds)
#
# SwiftPM cannot build fuzzers, so this compiles each library as its own module with coverage and
# AddressSanitizer, links the entry in Fuzz/, seeds a corpus from the fixtures and the shipped surveys,
# and runs. Everything goes to fuzz-out/ (git-ignored): the binary, the corpus, crash-* and timeout-* files,
# and the log. A finding is replayed with `fuzz-out/TARGET/fuzzer fuzz-out/TARGET/crash-…`.
set -eu

target=${1:?usage: scripts/fuzz.sh front-end|bundle-loader|diff|response-replay MINUTES}
minutes=${2:-10}
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/fuzz-out/$target"
modules="$root/fuzz-out/modules"
swiftc=${SWIFTC:-swiftc}
flags="-sanitize=fuzzer,address -parse-as-library -O -g"

case "$target" in
    front-end) entry=FrontEnd; libraries="SHA256Instructions SurveyBundle SurveyLanguage SurveyRuntime" ;;
    bundle-loader) entry=BundleLoader; libraries="SHA256Instructions SurveyBundle SurveyRuntime" ;;
    diff) entry=Diff; libraries="SHA256Instructions SurveyBundle SurveyLanguage SurveyDiff" ;;
    response-replay) entry=ResponseReplay; libraries="SHA256Instructions SurveyBundle SurveyLanguage SurveyRuntime" ;;
    *) echo "unknown target $target: front-end, bundle-loader, diff or response-replay" >&2; exit 2 ;;
esac
mkdir -p "$out/corpus" "$out/seeds" "$modules"

# Each library as one module, in dependency order, rebuilt when a source is newer than its object.
objects=""
for library in $libraries; do
    object="$modules/$library.o"
    if [ ! -f "$object" ] || [ -n "$(find "$root/Sources/$library" -name '*.swift' -newer "$object")" ]; then
        echo "compiling $library"
        extra=""
        # As in Package.swift: the SHA instructions target needs the CPU features its intrinsics use.
        [ "$library" = SHA256Instructions ] && [ "$(uname -m)" = x86_64 ] && extra="-Xcc -msha -Xcc -msse4.1 -D SHA256_INSTRUCTIONS"
        # shellcheck disable=SC2046,SC2086
        "$swiftc" $flags $extra -wmo -c -module-name "$library" -I "$modules" \
            -emit-module -emit-module-path "$modules/$library.swiftmodule" \
            -o "$object" $(find "$root/Sources/$library" -name '*.swift' | sort)
    fi
    objects="$objects $object"
done
echo "linking $target"
# shellcheck disable=SC2086
"$swiftc" $flags -I "$modules" -module-name "Fuzz$entry" -o "$out/fuzzer" "$root/Fuzz/$entry.swift" $objects 2>&1 |
    { grep -v "Cannot export local symbol" || true; }

if [ "$minutes" -le 0 ]; then
    echo "built $out/fuzzer"
    exit 0
fi

# Seeds: the fixtures and shipped surveys, or the bundles compiled from them; for the diff, the shipped
# surveys with their include written in, alone and as old and new versions of each other.
if [ "$target" = front-end ]; then
    find "$root/Tests" "$root/surveys" -name '*.survey' -exec cp {} "$out/seeds/" \;
elif [ "$target" = diff ]; then
    for file in "$root"/surveys/*.survey; do
        sed -e "/^include \"shared\/local-authorities.survey\"/r $root/surveys/shared/local-authorities.survey" \
            -e '/^include /d' "$file" >"$out/seeds/$(basename "$file")"
    done
    old="$out/seeds/big-listen-2023.survey" new="$out/seeds/big-conversation-2025.survey"
    { cat "$old"; printf '\0'; cat "$new"; } >"$out/seeds/2023-to-2025"
    { cat "$new"; printf '\0'; cat "$old"; } >"$out/seeds/2025-to-2023"
elif [ "$target" = response-replay ]; then
    # The response records of the tests, and those of the 2025 survey's answer files replayed.
    find "$root/Tests" -path '*export*' -name '*.json' -exec cp {} "$out/seeds/" \;
    survey="$root/.build/release/survey"
    [ -x "$survey" ] || survey="$root/.build/debug/survey"
    for answers in "$root"/Tests/SurveyCommandLineTests/Fixtures/run/*.answers; do
        "$survey" run "$root/surveys/big-conversation-2025.survey" --answers "$answers" \
            --out "$out/seeds/$(basename "$answers" .answers).json" 2>/dev/null || true
    done
else
    find "$root/Tests" -name '*.bundle.json' -exec cp {} "$out/seeds/" \;
    survey="$root/.build/release/survey"
    [ -x "$survey" ] || survey="$root/.build/debug/survey"
    if [ -x "$survey" ]; then
        for file in "$root"/surveys/*.survey; do
            "$survey" compile "$file" -o "$out/seeds/$(basename "$file" .survey).bundle.json" || true
        done
    else
        echo "no survey binary in .build: run \`swift build\` to seed with the shipped surveys' bundles" >&2
    fi
fi

echo "fuzzing $target for $minutes minutes; log in $out/fuzz.log"
cd "$out"
# Ten seconds (the largest seed takes half a second under ASan) and 2 GB of memory: beyond them, an input hangs or exhausts the tools.
set +e
dictionary="$root/Fuzz/$target.dict"
[ "$target" = diff ] && dictionary="$root/Fuzz/front-end.dict"
[ "$target" = response-replay ] && dictionary="$root/Fuzz/bundle-loader.dict"
# The response target keeps a compiled survey for the whole run, whose enum payloads LeakSanitizer reads as leaks.
leaks=1
[ "$target" = response-replay ] && leaks=0
ASAN_OPTIONS="detect_leaks=$leaks${ASAN_OPTIONS:+:$ASAN_OPTIONS}" ./fuzzer corpus seeds -dict="$dictionary" -max_total_time=$((minutes * 60)) -timeout=10 \
    -rss_limit_mb=2048 -max_len=200000 -detect_leaks=$leaks -print_final_stats=1 -artifact_prefix="$out/" >"$out/fuzz.log" 2>&1
status=$?
set -e
tail -n 20 "$out/fuzz.log"
exit $status
