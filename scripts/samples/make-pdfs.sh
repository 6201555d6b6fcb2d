#!/usr/bin/env bash
# Derives the PDF versions of the samples; a developer runs this after make-samples, and the PDFs are
# committed (the generator itself never needs LibreOffice or Chromium).
#   DOCX -> <name>.pdf        LibreOffice Writer (soffice --headless --convert-to pdf)
#   HTML -> <name>.print.pdf  headless Chromium "print to PDF", no header/footer line
# Their expected records (samples/expected/<pdf>.json) are written by make-samples.
# Needs: apt-get install -y libreoffice-writer fonts-wqy-zenhei chromium   (and pdftotext from poppler-utils)
# Usage: scripts/samples/make-pdfs.sh [samplesDir]
set -euo pipefail

dir="$(cd "${1:-$(dirname "$0")/../../samples}" && pwd)"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT

# The reports name Windows fonts (宋体, 仿宋_GB2312, 黑体 …). Map every family to the TrueType
# WenQuanYi Zen Hei, so both converters embed CID TrueType subsets with a ToUnicode map, as PDFs
# printed from Word/WPS with SimSun do (Chromium would draw CFF-based Noto CJK as Type 3 glyphs).
cat >"$profile/fonts.conf" <<'FONTS'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <match target="pattern">
    <edit name="family" mode="prepend" binding="strong"><string>WenQuanYi Zen Hei</string></edit>
  </match>
</fontconfig>
FONTS
export FONTCONFIG_FILE="$profile/fonts.conf"

for docx in "$dir"/*.docx; do
  soffice -env:UserInstallation="file://$profile/libreoffice" --headless --convert-to pdf --outdir "$dir" "$docx" >/dev/null
done

for html in "$dir"/*.html; do
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --user-data-dir="$profile/chromium" --no-pdf-header-footer \
    --print-to-pdf="${html%.html}.print.pdf" "file://$html" 2>/dev/null
done

# Every PDF must have a Chinese text layer (not just glyph pictures) carrying the report's tables.
for pdf in "$dir"/*.pdf; do
  text="$(pdftotext -layout "$pdf" -)"
  for needle in "政府信息公开" "本年新收政府信息公开申请数量" "未经复议直接起诉"; do
    if ! grep -q "$needle" <<<"${text//[[:space:]]/}"; then
      echo "make-pdfs: $pdf has no text \"$needle\" in its text layer" >&2
      exit 1
    fi
  done
  echo "$(basename "$pdf"): $(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}') pages"
done
