#!/bin/sh
# Renders the HTML questionnaire of a survey in headless Chromium and saves screenshots, to check
# by eye that the page reads well on a desktop and on a phone. Not part of the Swift test suite.
#
# Usage: scripts/screenshot-doc.sh [SURVEY] [OUT_DIR]
#   SURVEY   a .survey file (default surveys/big-listen-2023.survey)
#   OUT_DIR  where the HTML, PNGs and PDF go (default ${TMPDIR:-/tmp}/survey-screenshots)
# Installs Debian's chromium with apt-get when it is missing (needs root).
# SCRATCH_PATH, when set, is passed to `swift build --scratch-path`.
set -eu

survey=${1:-surveys/big-listen-2023.survey}
out=${2:-${TMPDIR:-/tmp}/survey-screenshots}
name=$(basename "$survey" .survey)
mkdir -p "$out"

if ! command -v chromium >/dev/null 2>&1; then
    echo "chromium is missing; installing it with apt-get" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

build() { swift build ${SCRATCH_PATH:+--scratch-path "$SCRATCH_PATH"} --product survey "$@"; }
build >&2
survey_tool=$(build --show-bin-path)/survey
"$survey_tool" doc "$survey" --format html -o "$out/$name.html"

html=$(cd "$out" && pwd)/$name.html
shoot() { # WIDTH HEIGHT FILE
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
        --window-size="$1,$2" --screenshot="$3" "file://$html" >/dev/null 2>&1
    echo "wrote $3 ($1x$2)"
}
shoot 1280 2400 "$out/$name-desktop.png"
shoot 390 2400 "$out/$name-phone.png"
chromium --headless --no-sandbox --disable-gpu --print-to-pdf="$out/$name.pdf" --no-pdf-header-footer \
    "file://$html" >/dev/null 2>&1 && echo "wrote $out/$name.pdf (print layout)"
