#!/usr/bin/env bash
# Rebuilds the videos of the demo archive (demo/archive/**/*.mp4) with system FFmpeg.
# The metadata files beside them (.info.json, .json, .ndjson, .csv) are hand-written and committed;
# this script only makes the video files they pair with. See demo/archive/SOURCES.md.
#
# Usage: demo/make-demo-archive.sh [SAMPLE_VIDEO_DIR] [WALLPAPER_SVG] [SECOND_WALLPAPER_SVG]
#   SAMPLE_VIDEO_DIR  default ../shared/testdata/vpdq/sample-videos beside the repository
#                     (BSD-licensed tmk sample videos from facebook/ThreatExchange)
#   WALLPAPER_SVG     default the Debian desktop-base "SoftWaves" wallpaper (GPL-2+),
#                     /usr/share/desktop-base/softwaves-theme/wallpaper/contents/images/1920x1080.svg
#   SECOND_WALLPAPER_SVG  default the "Emerald" wallpaper of the same package (GPL-2+)
# Needs: ffmpeg built with libx264, librsvg and libfreetype (Debian 12: apt-get install ffmpeg desktop-base).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
src="${1:-$here/../../shared/testdata/vpdq/sample-videos}"
wallpapers=/usr/share/desktop-base
svg="${2:-$wallpapers/softwaves-theme/wallpaper/contents/images/1920x1080.svg}"
emerald="${3:-$wallpapers/emerald-theme/wallpaper/contents/images/1920x1080.svg}"
out="$here/archive"
font=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf

# Vertical 360x640, H.264 CRF 30, mono AAC 48 kb/s, no container metadata: small and reproducible.
enc=(-c:v libx264 -preset medium -crf 30 -pix_fmt yuv420p -r 30 -g 60
     -c:a aac -b:a 48k -ac 1 -ar 44100
     -map_metadata -1 -movflags +faststart -fflags +bitexact -flags:v +bitexact -flags:a +bitexact)
# The SD samples are 480x720 with black side bars; 404x720 from the middle is 9:16 picture only.
vertical_sd="crop=404:720:38:0,scale=360:640,setsar=1"

make() { # make OUT_FILE INPUT_ARGS... -- FILTER
  local target="$out/$1"; shift
  local args=(); while [[ "$1" != "--" ]]; do args+=("$1"); shift; done; shift
  mkdir -p "$(dirname "$target")"
  ffmpeg -v error -y "${args[@]}" -vf "$1" "${enc[@]}" "$target"
  echo "$target $(stat -c %s "$target") bytes"
}

# 1. The original channel @mina.makes (yt-dlp downloads): the chair and the fabric pattern.
make "ytdlp/mina.makes - 7341100000000000001.mp4" -ss 1 -t 6 -i "$src/chair-orig-22-sd-bar.mp4" -- \
  "$vertical_sd"
make "ytdlp/mina.makes - 7341100000000000002.mp4" -ss 0 -t 6 -i "$src/pattern-hd-no-bar.mp4" -- \
  "scale=360:640,setsar=1"

# 2. The re-poster @daily.reels.hub (CSV manifest videos): the same clips, logo-stamped variants,
#    zoomed-in crop (88 %), its own handle burnt in, re-encoded.
make "videos/daily.reels.hub_7342200000000000011.mp4" -ss 2 -t 6 -i "$src/chair-22-with-small-logo-bar.mp4" -- \
  "crop=356:634:62:43,scale=360:640,setsar=1,drawtext=fontfile=$font:text='@daily.reels.hub':fontsize=20:fontcolor=white@0.85:borderw=2:x=w-tw-14:y=h-th-40"
make "videos/daily.reels.hub_7342200000000000012.mp4" -ss 0.5 -t 6 -i "$src/pattern-sd-with-large-logo-bar.mp4" -- \
  "crop=356:634:62:43,scale=360:640,setsar=1,drawtext=fontfile=$font:text='@daily.reels.hub':fontsize=20:fontcolor=white@0.85:borderw=2:x=w-tw-14:y=h-th-40"

# 3. A Douyin original (@jiangbian_xd, yt-dlp Douyin download): a slow zoom into the Debian
#    "Emerald" wallpaper with a stepped sine melody; and @cn.clips.daily re-posting it with a
#    Douyin-style watermark (logo box top-left, account id bottom-right), mirrored and darker.
tune="aevalsrc=0.2*sin(2*PI*(330+110*floor(mod(2*t\,4)))*t):s=44100:d=5"
zoom="scale=1920:1080,crop=608:1080,zoompan=z='1+0.0015*on':x='iw/2-(iw/zoom/2)':y='ih/2-(ih/zoom/2)':d=150:s=360x640:fps=30,setsar=1,format=yuv420p"
make "ytdlp/douyin - 7338000000000000001.mp4" -i "$emerald" -f lavfi -i "$tune" -map 0:v -map 1:a -t 5 -- \
  "$zoom"
make "ytdlp/cn.clips.daily - 7343300000000000031.mp4" -i "$emerald" -f lavfi -i "$tune" -map 0:v -map 1:a -t 5 -- \
  "$zoom,hflip,eq=brightness=-0.05:saturation=0.9,drawbox=x=12:y=14:w=96:h=30:color=black@0.45:t=fill,drawtext=fontfile=$font:text='Douyin':fontsize=20:fontcolor=white:x=20:y=20,drawtext=fontfile=$font:text='Douyin ID\\: jiangbian_xd':fontsize=16:fontcolor=white@0.9:borderw=1:x=w-tw-12:y=h-th-18"

# 4. The self-declared visitor @tourist.lena (CSV manifest videos): an own clip, a slow pan over a
#    wallpaper picture, and the sepia variant of the chair clip posted as her own.
make "videos/tourist.lena_7344400000000000041.mp4" -f lavfi -i "anullsrc=r=44100:cl=mono" \
  -loop 1 -framerate 30 -t 6 -i "$svg" -shortest -map 1:v -map 0:a -- \
  "scale=1920:1080,crop=608:1080:'(iw-608)*t/6':0,scale=360:640,setsar=1,format=yuv420p"
make "videos/tourist.lena_7344400000000000042.mp4" -ss 3 -t 5 -i "$src/chair-22-sd-sepia-bar.mp4" -- \
  "$vertical_sd"

du -sh "$out"
